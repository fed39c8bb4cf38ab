using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary><c>duckdb_list_entry</c>: offset and length of a row's items in the child vector.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeListEntry
{
    public ulong Offset;
    public ulong Length;
}
