namespace Observatory.DuckDb.Native;

/// <summary>Mirrors <c>duckdb_result_type</c>.</summary>
internal enum NativeResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}
