using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>VARCHAR as string, BLOB as byte[] (both stored as <c>duckdb_string_t</c>).</summary>
internal sealed unsafe class StringReader(bool blob) : VectorReader
{
    protected override object ReadValid(ulong row)
    {
        var bytes = NativeStrings.Bytes((NativeString*)Data + row);
        return blob ? bytes.ToArray() : NativeStrings.Utf8.GetString(bytes);
    }
}
