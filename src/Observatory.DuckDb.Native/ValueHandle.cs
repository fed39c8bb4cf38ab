namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_value</c>; released with <c>duckdb_destroy_value</c>.</summary>
internal sealed class ValueHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyValue(ref raw);
}
