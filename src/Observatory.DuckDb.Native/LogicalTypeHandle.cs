namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_logical_type</c>; every returned type must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
internal sealed class LogicalTypeHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyLogicalType(ref raw);
}
