using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_error_data</c>; released with <c>duckdb_destroy_error_data</c>.</summary>
internal sealed class ErrorDataHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ErrorDataHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyErrorData(ref raw);
        return true;
    }
}
