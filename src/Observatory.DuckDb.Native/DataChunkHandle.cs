using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_data_chunk</c> fetched from a result; released with <c>duckdb_destroy_data_chunk</c>.</summary>
internal sealed class DataChunkHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DataChunkHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyDataChunk(ref raw);
        return true;
    }
}
