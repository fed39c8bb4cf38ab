namespace Observatory.DuckDb.Internal;

/// <summary>ENUM: a uint8/16/32 index into the type's dictionary, read as the string.</summary>
internal sealed unsafe class EnumReader(IReadOnlyList<string> dictionary, int indexWidth) : VectorReader
{
    protected override object ReadValid(ulong row)
    {
        var index = indexWidth switch
        {
            1 => ((byte*)Data)[row],
            2 => ((ushort*)Data)[row],
            _ => (int)((uint*)Data)[row],
        };
        return dictionary[index];
    }
}
