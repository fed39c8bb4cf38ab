using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>MAP: a LIST of STRUCT(key, value); read as KeyValuePair&lt;object?, object?&gt;[].</summary>
internal sealed unsafe class MapReader(VectorReader keys, VectorReader values) : VectorReader
{
    protected override void AttachChildren(IntPtr vector, object owner)
    {
        var entries = NativeMethods.ListVectorGetChild(vector);
        keys.Attach(NativeMethods.StructVectorGetChild(entries, 0), owner);
        values.Attach(NativeMethods.StructVectorGetChild(entries, 1), owner);
    }

    protected override object ReadValid(ulong row)
    {
        var entry = ((NativeListEntry*)Data)[row];
        var pairs = new KeyValuePair<object?, object?>[entry.Length];
        for (var i = 0ul; i < entry.Length; i++)
        {
            pairs[i] = new KeyValuePair<object?, object?>(keys.Read(entry.Offset + i), values.Read(entry.Offset + i));
        }

        return pairs;
    }
}
