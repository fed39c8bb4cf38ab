using Observatory.Core.Geography;

namespace Observatory.Core.Tests.Geography;

public class DepartmentCodeTests
{
    [Theory]
    [InlineData("1", "01")]      // Excel turns Ain into 1
    [InlineData("01", "01")]
    [InlineData(" 40 ", "40")]
    [InlineData("2a", "2A")]     // Corse-du-Sud, lower case
    [InlineData("2B", "2B")]
    [InlineData("971", "971")]   // overseas: never padded or cut
    [InlineData("976", "976")]
    [InlineData("95", "95")]
    public void Parse_ValidInput_NormalisesCode(string input, string expected)
    {
        var result = DepartmentCode.Parse(input);

        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value.Value);
    }

    [Theory]
    [InlineData("100")]
    [InlineData("20")]   // Corse before 1976
    [InlineData("0")]
    [InlineData("96")]
    [InlineData("975")]  // Saint-Pierre-et-Miquelon is not a department
    [InlineData("977")]
    [InlineData("2C")]
    [InlineData("AIN")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_Garbage_ReturnsFailure(string? input)
    {
        var result = DepartmentCode.Parse(input);

        Assert.False(result.Success);
        Assert.Throws<FormatException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void IsOverseas_OnlyForThreeDigitCodes()
    {
        Assert.True(DepartmentCode.From("972").IsOverseas);
        Assert.False(DepartmentCode.From("2A").IsOverseas);
    }
}
