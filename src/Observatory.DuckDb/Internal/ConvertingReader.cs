namespace Observatory.DuckDb.Internal;

/// <summary>Fixed-width values turned into a richer CLR value (dates, timestamps, intervals, UUIDs, decimals).</summary>
internal sealed unsafe class ConvertingReader<T>(Func<T, object> convert) : VectorReader
    where T : unmanaged
{
    protected override object ReadValid(ulong row) => convert(((T*)Data)[row]);
}
