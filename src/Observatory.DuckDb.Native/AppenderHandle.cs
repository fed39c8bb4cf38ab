namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_appender</c>; released with <c>duckdb_appender_destroy</c> (which flushes; its state is ignored here).</summary>
internal sealed class AppenderHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => _ = NativeMethods.AppenderDestroy(ref raw);
}
