using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_database</c>; released with <c>duckdb_close</c>. Connections keep the instance alive after it is closed.</summary>
internal sealed class DatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DatabaseHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.Close(ref raw);
        return true;
    }
}
