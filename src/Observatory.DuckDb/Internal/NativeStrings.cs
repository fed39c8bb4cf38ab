using System.Text;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Decoding of <c>duckdb_string_t</c>: up to 12 bytes inline, longer strings through the pointer.</summary>
internal static unsafe class NativeStrings
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static ReadOnlySpan<byte> Bytes(NativeString* value)
    {
        var length = (int)value->Length;
        return length <= NativeString.InlineLength
            ? new ReadOnlySpan<byte>(value->Inlined, length)
            : new ReadOnlySpan<byte>(value->Pointer, length);
    }
}
