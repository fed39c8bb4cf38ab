namespace Observatory.Core.Reference;

/// <summary>A row of <c>naf_codes.csv</c> (code without dot, e.g. <c>8810A</c>).</summary>
public sealed record NafCode(string Code, string Label, string Sector, bool InSector, string? Note);
