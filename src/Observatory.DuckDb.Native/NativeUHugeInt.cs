using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary><c>duckdb_uhugeint</c>: value = upper * 2^64 + lower.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeUHugeInt
{
    public ulong Lower;
    public ulong Upper;

    public NativeUHugeInt(UInt128 value)
    {
        Lower = (ulong)(value & ulong.MaxValue);
        Upper = (ulong)(value >> 64);
    }

    public readonly UInt128 ToUInt128() => new(Upper, Lower);
}
