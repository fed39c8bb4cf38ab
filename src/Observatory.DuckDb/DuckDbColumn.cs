namespace Observatory.DuckDb;

/// <summary>A result column: its name and logical type.</summary>
public sealed record DuckDbColumn(string Name, DuckDbLogicalType Type);
