using Observatory.SampleData.Internal;

namespace Observatory.SampleData.Tests.Internal;

public class FinessNumbersTests
{
    [Theory]
    [InlineData("01", "01")]
    [InlineData("40", "40")]
    [InlineData("2A", "2A")]
    [InlineData("971", "971")]
    [InlineData("976", "98")]
    public void Build_Department_NineCharactersWithDepartmentPrefix(string department, string prefix)
    {
        var number = FinessNumbers.Build(department, 1234);

        Assert.Equal(9, number.Length);
        Assert.StartsWith(prefix, number, StringComparison.Ordinal);
        Assert.Matches("^(\\d{2}|2[AB])\\d{7}$", number);
    }

    [Fact]
    public void Build_Any_LastDigitIsLuhnCheckOfTheOthers()
    {
        var number = FinessNumbers.Build("40", 98765);

        Assert.Equal(FinessNumbers.CheckDigit(number[..8]), number[8] - '0');
    }

    [Fact]
    public void CheckDigit_KnownLuhnExample_Matches()
    {
        // 7992739871 has Luhn check digit 3 (standard worked example).
        Assert.Equal(3, FinessNumbers.CheckDigit("7992739871"));
    }
}
