using Observatory.Core.Metiers;

namespace Observatory.Core.Tests.Metiers;

public class MetierCodeTests
{
    [Fact]
    public void Parse_LowerCase_UpperCasesAndIsKnown()
    {
        var code = MetierCode.Parse(" advf ").GetValueOrThrow();

        Assert.Equal("ADVF", code.Value);
        Assert.True(code.IsKnown);
    }

    [Fact]
    public void Parse_WellFormedButUnknown_IsNotKnown() => Assert.False(MetierCode.From("XYZ").IsKnown);

    [Theory]
    [InlineData("A")]
    [InlineData("AS1")]
    [InlineData("TOOLONGX")]
    [InlineData("")]
    public void Parse_Malformed_Fails(string input) => Assert.False(MetierCode.Parse(input).Success);

    [Fact]
    public void Known_HasTheNineteenMetiersOfTheModel() => Assert.Equal(19, MetierCode.Known.Distinct().Count());
}
