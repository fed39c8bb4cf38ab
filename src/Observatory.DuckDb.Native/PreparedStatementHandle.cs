namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_prepared_statement</c>; released with <c>duckdb_destroy_prepare</c>, also after a failed prepare.</summary>
internal sealed class PreparedStatementHandle : DuckDbSafeHandle
{
    protected override void ReleaseNative(IntPtr raw) => NativeMethods.DestroyPrepare(ref raw);
}
