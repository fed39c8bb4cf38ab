using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_value</c>; released with <c>duckdb_destroy_value</c>.</summary>
internal sealed class ValueHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ValueHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyValue(ref raw);
        return true;
    }
}
