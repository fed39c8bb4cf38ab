using Observatory.Core.Periods;

namespace Observatory.Core.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2025", "2025", PeriodType.Year)]
    [InlineData("2025T3", "2025T3", PeriodType.Quarter)]
    [InlineData("2025t3", "2025T3", PeriodType.Quarter)]
    [InlineData("2024-T4", "2024T4", PeriodType.Quarter)]   // DARES style
    [InlineData("2024Q1", "2024T1", PeriodType.Quarter)]
    [InlineData(" 2019 ", "2019", PeriodType.Year)]
    public void Parse_ValidText_GivesCanonicalCode(string input, string code, PeriodType type)
    {
        var period = Period.Parse(input).GetValueOrThrow();

        Assert.Equal(code, period.Code);
        Assert.Equal(type, period.Type);
    }

    [Theory]
    [InlineData("2025T5")]
    [InlineData("2025T0")]
    [InlineData("25T3")]
    [InlineData("2025-13")]
    [InlineData("1800")]
    [InlineData("abcd")]
    [InlineData("")]
    public void Parse_Invalid_ReturnsFailure(string input) => Assert.False(Period.Parse(input).Success);

    [Fact]
    public void StartEnd_Quarter3_CoversJulyToSeptember()
    {
        var q = Period.OfQuarter(2025, 3);

        Assert.Equal(new DateOnly(2025, 7, 1), q.Start);
        Assert.Equal(new DateOnly(2025, 9, 30), q.End);
        Assert.True(q.Contains(new DateOnly(2025, 8, 15)));
        Assert.False(q.Contains(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void StartEnd_Year_CoversWholeYear()
    {
        var y = Period.OfYear(2024);

        Assert.Equal(new DateOnly(2024, 1, 1), y.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), y.End);
    }

    [Fact]
    public void End_Quarter1OfLeapYear_IsMarch31()
    {
        Assert.Equal(new DateOnly(2024, 3, 31), Period.OfQuarter(2024, 1).End);
    }

    [Fact]
    public void CompareTo_OrdersByStartThenLongerFirst()
    {
        var list = new[] { Period.OfQuarter(2025, 2), Period.OfQuarter(2025, 1), Period.OfYear(2025), Period.OfYear(2024) };

        Assert.Equal(["2024", "2025", "2025T1", "2025T2"], list.Order().Select(p => p.Code));
        Assert.True(Period.OfQuarter(2025, 4).ToYear() == Period.OfYear(2025));
    }

    [Fact]
    public void OfQuarter_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfQuarter(2025, 5));
}
