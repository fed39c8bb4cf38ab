using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>
/// Owns a zeroed 48-byte <c>duckdb_result</c> in native memory. <c>duckdb_destroy_result</c> runs exactly once,
/// even when the query failed (the error message lives inside the result), then the memory is freed.
/// </summary>
internal sealed unsafe class ResultHandle : DuckDbSafeHandle
{
    /// <summary>Pointer to the result struct, to pass as <c>duckdb_result*</c>.</summary>
    public NativeResult* Pointer => (NativeResult*)handle;

    /// <summary>Allocates an empty result to be filled by <c>duckdb_query</c> or <c>duckdb_execute_prepared</c>.</summary>
    public static ResultHandle Allocate()
    {
        var result = new ResultHandle();
        result.SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(NativeResult)));
        return result;
    }

    protected override void ReleaseNative(IntPtr raw)
    {
        NativeMethods.DestroyResult((NativeResult*)raw);
        NativeMemory.Free((void*)raw);
    }
}
