namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_connection</c>; released with <c>duckdb_disconnect</c>.</summary>
internal sealed class ConnectionHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.Disconnect(ref raw);
}
