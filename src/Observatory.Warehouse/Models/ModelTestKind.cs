namespace Observatory.Warehouse.Models;

/// <summary>The data tests a model YAML may declare.</summary>
public enum ModelTestKind
{
    /// <summary>The grain columns identify one row (implicit for every model with a grain).</summary>
    UniqueGrain,

    /// <summary>The listed columns are never null (implicit for the grain columns).</summary>
    NotNull,

    /// <summary>A column only takes values of a closed list.</summary>
    AcceptedValues,

    /// <summary>A boolean SQL expression true on every row (nulls pass).</summary>
    Expression,

    /// <summary>Every non-null value of a column exists in a field of another relation.</summary>
    Relationships,

    /// <summary>A SQL file of <c>etl/tests/assert_*.sql</c>: its rows are the offending rows.</summary>
    Assertion,
}
