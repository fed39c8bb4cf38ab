namespace Observatory.SampleData;

/// <summary>One file written by the generator.</summary>
/// <param name="RelativePath">Path under the output folder, with <c>/</c> separators.</param>
/// <param name="SourceId">Source contract id (<c>bmo</c>, <c>finess</c>…).</param>
/// <param name="Vintage">Millésime of the file (a year, or the extraction date for FINESS).</param>
/// <param name="Rows">Data rows (header and record-type lines other than data excluded).</param>
/// <param name="Sha256">Lower-case hexadecimal SHA-256 of the file bytes.</param>
/// <param name="IsDefective">True for a deliberately broken file (under <c>defects/</c>).</param>
public sealed record SampleDataFileEntry(
    string RelativePath,
    string SourceId,
    string Vintage,
    int Rows,
    string Sha256,
    bool IsDefective);
