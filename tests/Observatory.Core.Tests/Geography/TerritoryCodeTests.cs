using Observatory.Core.Geography;

namespace Observatory.Core.Tests.Geography;

public class TerritoryCodeTests
{
    [Theory]
    [InlineData("REG", "1", "01")]
    [InlineData("REG", "84", "84")]
    [InlineData("DEP", "1", "01")]
    [InlineData("BASBMO", "101", "0101")]   // bassin Basse-Terre lost its leading zero
    [InlineData("BASBMO", "8201", "8201")]
    [InlineData("COM", "1053", "01053")]
    [InlineData("COM", "2a004", "2A004")]
    [InlineData("NAT", "fr", "FR")]
    public void Parse_ValidCode_Normalises(string type, string input, string expected)
    {
        var result = TerritoryCode.Parse(type, input);

        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value.Code);
        Assert.Equal(type, result.Value.TypeCode);
    }

    [Theory]
    [InlineData("REG", "123")]
    [InlineData("REG", "0")]
    [InlineData("BASBMO", "12345")]
    [InlineData("COM", "2C004")]
    [InlineData("NAT", "EU")]
    [InlineData("ZE", "01")]
    public void Parse_Invalid_ReturnsFailure(string type, string input) =>
        Assert.False(TerritoryCode.Parse(type, input).Success);
}
