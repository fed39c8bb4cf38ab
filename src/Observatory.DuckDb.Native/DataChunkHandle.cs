namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_data_chunk</c> fetched from a result; released with <c>duckdb_destroy_data_chunk</c>.</summary>
internal sealed class DataChunkHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyDataChunk(ref raw);
}
