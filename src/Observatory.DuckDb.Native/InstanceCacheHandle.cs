using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_instance_cache</c>; released with <c>duckdb_destroy_instance_cache</c>.</summary>
internal sealed class InstanceCacheHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public InstanceCacheHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyInstanceCache(ref raw);
        return true;
    }
}
