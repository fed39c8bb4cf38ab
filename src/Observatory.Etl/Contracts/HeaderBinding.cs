namespace Observatory.Etl.Contracts;

/// <summary>A file column bound to a canonical column; <see cref="Year"/> is the year captured by a wide header.</summary>
public sealed record HeaderBinding(int Index, string Header, string Column, int? Year);
