using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>STRUCT: its own validity, one child vector per field; read as <see cref="DuckDbStruct"/>.</summary>
internal sealed class StructReader(string[] names, VectorReader[] children) : VectorReader
{
    protected override void AttachChildren(IntPtr vector, object owner)
    {
        for (var i = 0; i < children.Length; i++)
        {
            children[i].Attach(NativeMethods.StructVectorGetChild(vector, (ulong)i), owner);
        }
    }

    protected override object ReadValid(ulong row)
    {
        var fields = new KeyValuePair<string, object?>[children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            fields[i] = new KeyValuePair<string, object?>(names[i], children[i].Read(row));
        }

        return new DuckDbStruct(fields);
    }
}
