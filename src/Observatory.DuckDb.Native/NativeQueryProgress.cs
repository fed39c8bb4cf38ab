using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary><c>duckdb_query_progress_type</c>. A percentage of -1 means unknown.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeQueryProgress
{
    public double Percentage;
    public ulong RowsProcessed;
    public ulong TotalRowsToProcess;
}
