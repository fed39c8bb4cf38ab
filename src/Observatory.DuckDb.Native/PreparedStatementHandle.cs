using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_prepared_statement</c>; released with <c>duckdb_destroy_prepare</c>, also after a failed prepare.</summary>
internal sealed class PreparedStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PreparedStatementHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyPrepare(ref raw);
        return true;
    }
}
