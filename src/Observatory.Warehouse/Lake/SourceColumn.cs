namespace Observatory.Warehouse.Lake;

/// <summary>A canonical column of a source contract with the DuckDB type the lake stores it as.</summary>
/// <param name="Name">Canonical column name.</param>
/// <param name="DuckDbType">bigint, decimal(18,6), date or varchar.</param>
/// <param name="IsMeasure">A measure carries a <c>&lt;name&gt;_status</c> column beside it.</param>
public sealed record SourceColumn(string Name, string DuckDbType, bool IsMeasure);
