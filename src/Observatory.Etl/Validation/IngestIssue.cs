namespace Observatory.Etl.Validation;

/// <summary>A located issue: file, sheet (XLSX), line (CSV line or sheet row), column header, raw value, code, message.</summary>
public sealed record IngestIssue(
    string File,
    string? Sheet,
    int? Line,
    string? Column,
    string? RawValue,
    string Code,
    string Severity,
    string Message);
