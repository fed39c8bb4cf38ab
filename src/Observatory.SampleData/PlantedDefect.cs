namespace Observatory.SampleData;

/// <summary>A deliberate defect and the rejection the ingest is expected to report for it.</summary>
/// <param name="RelativePath">File holding the defect, relative to the output folder.</param>
/// <param name="Kind">What was broken (see <see cref="DefectKinds"/>).</param>
/// <param name="ExpectedReason">Reason code the validator should report (see <see cref="DefectReasons"/>).</param>
/// <param name="Line">CSV: 1-based physical line; null for a whole-file defect or an XLSX file.</param>
/// <param name="Sheet">XLSX: sheet name; null otherwise.</param>
/// <param name="Row">XLSX: 1-based row in <paramref name="Sheet"/>; null otherwise.</param>
/// <param name="Column">Header name of the broken column; null for a whole-file defect.</param>
/// <param name="Value">The raw value planted in the cell, when there is one.</param>
public sealed record PlantedDefect(
    string RelativePath,
    string Kind,
    string ExpectedReason,
    int? Line,
    string? Sheet,
    int? Row,
    string? Column,
    string? Value);
