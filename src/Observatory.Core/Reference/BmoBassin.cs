namespace Observatory.Core.Reference;

/// <summary>
/// A row of <c>bmo_bassins.csv</c>: a BMO bassin of one millésime in one department (a bassin
/// spanning two departments has two rows).
/// </summary>
public sealed record BmoBassin(string Code, string Label, string DepartmentCode, int Vintage, string? Note);
