namespace Observatory.DuckDb;

/// <summary>A named field of a STRUCT type.</summary>
public sealed record DuckDbStructField(string Name, DuckDbLogicalType Type);
