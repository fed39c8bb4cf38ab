namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_config</c>; released with <c>duckdb_destroy_config</c> (the database copies it at open).</summary>
internal sealed class ConfigHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyConfig(ref raw);
}
