namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_error_data</c>; released with <c>duckdb_destroy_error_data</c>.</summary>
internal sealed class ErrorDataHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyErrorData(ref raw);
}
