using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_config</c>; released with <c>duckdb_destroy_config</c> (the database copies it at open).</summary>
internal sealed class ConfigHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ConfigHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyConfig(ref raw);
        return true;
    }
}
