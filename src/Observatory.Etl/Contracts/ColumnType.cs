namespace Observatory.Etl.Contracts;

/// <summary>Logical type of a canonical column (<c>type:</c>).</summary>
public enum ColumnType
{
    Text,

    /// <summary>An identifier kept as text (department, ROME, FAP, FINESS…).</summary>
    Code,
    Int,
    Decimal,
    Date,

    /// <summary>A year (<c>2025</c>) or quarter (<c>2025T3</c>).</summary>
    Period,
}
