using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation;

/// <summary>
/// One problem found in a record: its code, severity, the canonical column and the header it was
/// read from, the raw cell text, and a French message. The file, sheet and line are added by the
/// caller (<see cref="IngestIssue"/>).
/// </summary>
public sealed record RowIssue(string Code, RuleSeverity Severity, string? Column, string? RawValue, string Message);
