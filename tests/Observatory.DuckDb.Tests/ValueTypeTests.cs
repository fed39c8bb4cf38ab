namespace Observatory.DuckDb.Tests;

/// <summary>The CLR value types' conversions.</summary>
public sealed class ValueTypeTests
{
    [Fact]
    public void DuckDbDate_Infinity_ToDateOnlyThrows()
    {
        Assert.False(DuckDbDate.PositiveInfinity.IsFinite);
        Assert.Throws<InvalidOperationException>(() => DuckDbDate.NegativeInfinity.ToDateOnly());
        Assert.Equal(new DateOnly(2024, 2, 29), DuckDbDate.FromDateOnly(new DateOnly(2024, 2, 29)).ToDateOnly());
    }

    [Fact]
    public void DuckDbTimestamp_ToDateTime_KeepsKindAndUnit()
    {
        var utc = new DuckDbTimestamp(1704060000000000, DuckDbTimestampKind.MicrosecondsUtc);
        Assert.True(utc.IsUtc);
        Assert.Equal(new DateTime(2023, 12, 31, 22, 0, 0, DateTimeKind.Utc), utc.ToDateTime());
        Assert.Equal(DateTimeKind.Utc, utc.ToDateTime().Kind);
        var seconds = new DuckDbTimestamp(86400, DuckDbTimestampKind.Seconds);
        Assert.Equal(new DateTime(1970, 1, 2), seconds.ToDateTime());
        Assert.Throws<InvalidOperationException>(() => new DuckDbTimestamp(long.MaxValue, DuckDbTimestampKind.Microseconds).ToDateTime());
    }

    [Fact]
    public void DuckDbDecimal_Conversions_AreExact()
    {
        var value = new DuckDbDecimal(-12345, 9, 3);
        Assert.Equal("-12.345", value.ToString());
        Assert.True(value.TryToDecimal(out var clr));
        Assert.Equal(-12.345m, clr);
        Assert.Equal(-12.345, value.ToDouble());
        var wide = new DuckDbDecimal(Int128.Parse("99999999999999999999999999999999999999"), 38, 0);
        Assert.False(wide.TryToDecimal(out _));
        Assert.Equal(DuckDbDecimal.FromDecimal(-0.5m), new DuckDbDecimal(-5, 2, 1));
    }
}
