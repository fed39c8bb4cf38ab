namespace Observatory.DuckDb.Native;

/// <summary>Mirrors <c>duckdb_state</c>.</summary>
internal enum NativeState
{
    Success = 0,
    Error = 1,
}
