namespace Observatory.DuckDb.Internal;

/// <summary>Fixed-width values whose CLR type is their storage type (integers, FLOAT, DOUBLE, BOOLEAN).</summary>
internal sealed unsafe class PrimitiveReader<T> : VectorReader
    where T : unmanaged
{
    protected override object ReadValid(ulong row) => ((T*)Data)[row];
}
