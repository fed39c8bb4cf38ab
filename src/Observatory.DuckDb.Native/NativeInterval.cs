using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary><c>duckdb_interval</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeInterval
{
    public int Months;
    public int Days;
    public long Micros;
}
