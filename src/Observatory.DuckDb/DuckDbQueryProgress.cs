namespace Observatory.DuckDb;

/// <summary>Progress of the query running on a connection (<c>duckdb_query_progress</c>).</summary>
/// <param name="Percentage">0–100, or -1 when unknown (no query, or DuckDB cannot estimate it).</param>
/// <param name="RowsProcessed">Rows processed so far.</param>
/// <param name="TotalRowsToProcess">Rows the query is expected to process.</param>
public readonly record struct DuckDbQueryProgress(double Percentage, ulong RowsProcessed, ulong TotalRowsToProcess)
{
    /// <summary>Progress reported when no query runs or the connection is closed.</summary>
    public static DuckDbQueryProgress Unknown { get; } = new(-1, 0, 0);
}
