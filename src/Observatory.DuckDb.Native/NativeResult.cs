using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>
/// <c>duckdb_result</c>: 48 opaque bytes (five deprecated fields, then <c>internal_data</c>). Never read the fields;
/// it lives in native memory owned by <see cref="ResultHandle"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 48)]
internal struct NativeResult
{
    private readonly ulong _deprecatedColumnCount;
    private readonly ulong _deprecatedRowCount;
    private readonly ulong _deprecatedRowsChanged;
    private readonly IntPtr _deprecatedColumns;
    private readonly IntPtr _deprecatedErrorMessage;
    private readonly IntPtr _internalData;
}
