using System.Globalization;
using System.Numerics;

namespace Observatory.DuckDb;

/// <summary>
/// An exact DECIMAL(<see cref="Width"/>, <see cref="Scale"/>) value: <see cref="Unscaled"/> / 10^<see cref="Scale"/>.
/// System.Decimal holds only 28–29 digits, so DECIMAL(38, s) values are kept as an Int128.
/// </summary>
public readonly struct DuckDbDecimal : IEquatable<DuckDbDecimal>
{
    /// <summary>The largest DECIMAL width DuckDB supports.</summary>
    public const int MaxWidth = 38;

    public DuckDbDecimal(Int128 unscaled, byte width, byte scale)
    {
        if (width is < 1 or > MaxWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "DECIMAL width must be between 1 and 38.");
        }

        if (scale > width)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "DECIMAL scale cannot exceed its width.");
        }

        Unscaled = unscaled;
        Width = width;
        Scale = scale;
    }

    /// <summary>The value times 10^<see cref="Scale"/>.</summary>
    public Int128 Unscaled { get; }

    /// <summary>Total number of digits.</summary>
    public byte Width { get; }

    /// <summary>Digits after the decimal point.</summary>
    public byte Scale { get; }

    /// <summary>Converts a System.Decimal exactly, with the smallest width that holds it and one integer digit.</summary>
    public static DuckDbDecimal FromDecimal(decimal value)
    {
        var scale = value.Scale;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = unchecked(((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);
        var unscaled = (bits[3] & int.MinValue) != 0 ? -magnitude : magnitude;
        var digits = magnitude == 0 ? 1 : magnitude.ToString(CultureInfo.InvariantCulture).Length;
        var width = Math.Max(digits, scale + 1);
        return new DuckDbDecimal(unscaled, (byte)width, scale);
    }

    /// <summary>Converts to System.Decimal when it fits (scale ≤ 28 and 96-bit magnitude).</summary>
    public bool TryToDecimal(out decimal value)
    {
        var magnitude = Int128.Abs(Unscaled == Int128.MinValue ? Int128.MaxValue : Unscaled);
        if (Unscaled == Int128.MinValue || Scale > 28 || magnitude >> 96 != 0)
        {
            value = default;
            return false;
        }

        var lo = unchecked((int)(uint)(magnitude & uint.MaxValue));
        var mid = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
        var hi = unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue));
        value = new decimal(lo, mid, hi, Unscaled < 0, Scale);
        return true;
    }

    /// <summary>The nearest double (parsed from the exact text, so correctly rounded).</summary>
    public double ToDouble() => double.Parse(ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>DuckDB's rendering: all <see cref="Scale"/> digits kept, e.g. <c>-0.050</c> (<c>-.050</c> when width = scale).</summary>
    public override string ToString()
    {
        var negative = Unscaled < 0;
        var magnitude = negative ? BigInteger.Negate((BigInteger)Unscaled) : (BigInteger)Unscaled;
        var digits = magnitude.ToString(CultureInfo.InvariantCulture);
        if (Scale == 0)
        {
            return negative ? "-" + digits : digits;
        }

        // DuckDB writes no integer digit when the width leaves none (DECIMAL(3,3) 0.001 renders ".001").
        digits = digits.PadLeft(Width > Scale ? Scale + 1 : Scale, '0');
        var integerPart = digits[..^Scale];
        var fraction = digits[^Scale..];
        return (negative ? "-" : string.Empty) + integerPart + "." + fraction;
    }

    public bool Equals(DuckDbDecimal other) => Unscaled == other.Unscaled && Width == other.Width && Scale == other.Scale;

    public override bool Equals(object? obj) => obj is DuckDbDecimal other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Unscaled, Width, Scale);

    public static bool operator ==(DuckDbDecimal left, DuckDbDecimal right) => left.Equals(right);

    public static bool operator !=(DuckDbDecimal left, DuckDbDecimal right) => !left.Equals(right);
}
