using Observatory.Core.Values;

namespace Observatory.Core.Reference;

/// <summary>A row of <c>status_codes.csv</c>.</summary>
public sealed record StatusCodeEntry(ValueStatus Status, string Code, string Label, int Severity, bool Publishable, string Description);
