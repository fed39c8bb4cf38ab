using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>
/// <c>duckdb_string_t</c> (16 bytes): the length, then either up to 12 inline bytes or a 4-byte prefix and a pointer.
/// No NUL terminator. The data belongs to the vector's chunk.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal unsafe struct NativeString
{
    /// <summary>Strings up to this many bytes are stored inline.</summary>
    public const int InlineLength = 12;

    [FieldOffset(0)]
    public uint Length;

    [FieldOffset(4)]
    public fixed byte Inlined[InlineLength];

    [FieldOffset(8)]
    public byte* Pointer;
}
