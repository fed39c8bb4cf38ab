namespace Observatory.Core.Reference;

/// <summary>A row of <c>finess_categories.csv</c>: FINESS <c>categetab</c> with its sector and aggregate.</summary>
public sealed record FinessCategory(
    string Code,
    string Label,
    string Sector,
    string AggregateCode,
    string AggregateLabel,
    string? Note);
