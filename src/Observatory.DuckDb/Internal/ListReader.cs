using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>LIST: <c>duckdb_list_entry</c> (offset, length) into the child vector; read as object?[].</summary>
internal sealed unsafe class ListReader(VectorReader child) : VectorReader
{
    protected override void AttachChildren(IntPtr vector, object owner) =>
        child.Attach(NativeMethods.ListVectorGetChild(vector), owner);

    protected override object ReadValid(ulong row)
    {
        var entry = ((NativeListEntry*)Data)[row];
        var items = new object?[entry.Length];
        for (var i = 0ul; i < entry.Length; i++)
        {
            items[i] = child.Read(entry.Offset + i);
        }

        return items;
    }
}
