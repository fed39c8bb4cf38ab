namespace Observatory.Core.Reference;

/// <summary>A row of <c>xw_diploma_metier.csv</c>: the diploma leads to the métier with this weight.</summary>
public sealed record DiplomaMetierLink(string DiplomaCode, string MetierCode, double Weight, string? Note);
