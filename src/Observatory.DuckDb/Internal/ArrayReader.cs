using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>ARRAY(n): no buffer of its own; row i's items are child rows i*n … i*n+n-1. Read as object?[].</summary>
internal sealed class ArrayReader(VectorReader child, int size) : VectorReader
{
    protected override void AttachChildren(IntPtr vector, object owner) =>
        child.Attach(NativeMethods.ArrayVectorGetChild(vector), owner);

    protected override object ReadValid(ulong row)
    {
        var items = new object?[size];
        var start = row * (ulong)size;
        for (var i = 0; i < size; i++)
        {
            items[i] = child.Read(start + (ulong)i);
        }

        return items;
    }
}
