using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_appender</c>; released with <c>duckdb_appender_destroy</c> (which flushes; its state is ignored here).</summary>
internal sealed class AppenderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public AppenderHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        _ = NativeMethods.AppenderDestroy(ref raw);
        return true;
    }
}
