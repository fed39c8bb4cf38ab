namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_instance_cache</c>; released with <c>duckdb_destroy_instance_cache</c>.</summary>
internal sealed class InstanceCacheHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyInstanceCache(ref raw);
}
