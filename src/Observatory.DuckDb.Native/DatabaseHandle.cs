namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_database</c>; released with <c>duckdb_close</c>. Connections keep the instance alive after it is closed.</summary>
internal sealed class DatabaseHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.Close(ref raw);
}
