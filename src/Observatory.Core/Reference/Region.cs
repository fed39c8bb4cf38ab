namespace Observatory.Core.Reference;

/// <summary>A row of <c>regions.csv</c>.</summary>
public sealed record Region(string Code, string Label, string Zone);
