using Microsoft.Win32.SafeHandles;

namespace Observatory.DuckDb.Native;

/// <summary>A <c>duckdb_logical_type</c>; every returned type must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
internal sealed class LogicalTypeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public LogicalTypeHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var raw = handle;
        NativeMethods.DestroyLogicalType(ref raw);
        return true;
    }
}
