using System.Buffers.Binary;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>Conversions between DuckDB storage values and CLR values.</summary>
internal static class ValueConversions
{
    private const ulong UuidSignBit = 0x8000_0000_0000_0000;

    /// <summary>TIME in microseconds since midnight; <c>24:00:00</c> has no TimeOnly and maps to <see cref="TimeOnly.MaxValue"/>.</summary>
    public static TimeOnly ToTimeOnly(long micros)
    {
        var ticks = micros * TimeSpan.TicksPerMicrosecond;
        return ticks >= TimeOnly.MaxValue.Ticks ? TimeOnly.MaxValue : new TimeOnly(ticks);
    }

    public static long ToMicros(TimeOnly time) => time.Ticks / TimeSpan.TicksPerMicrosecond;

    /// <summary>UUID storage is a hugeint whose top bit is flipped (so that signed order matches byte order).</summary>
    public static Guid ToGuid(NativeHugeInt value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, unchecked((ulong)value.Upper) ^ UuidSignBit);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], value.Lower);
        return new Guid(bytes, bigEndian: true);
    }
}
