using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary><c>duckdb_decimal</c>: width, scale, then the unscaled value as a hugeint (24 bytes with padding).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeDecimal
{
    public byte Width;
    public byte Scale;
    public NativeHugeInt Value;
}
