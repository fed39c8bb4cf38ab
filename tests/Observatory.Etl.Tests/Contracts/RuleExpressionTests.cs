using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

public class RuleExpressionTests
{
    [Fact]
    public void Parse_SumWithProduct_ListsColumns()
    {
        var e = RuleExpression.Parse("absence_days <= fte_real * 365").GetValueOrThrow();

        Assert.Equal(["absence_days", "fte_real"], e.Columns);
        Assert.True(e.Evaluate(c => c == "absence_days" ? 300m : 1m));
        Assert.False(e.Evaluate(c => c == "absence_days" ? 400m : 1m));
    }

    [Fact]
    public void Evaluate_MissingOperand_ReturnsNull() =>
        Assert.Null(RuleExpression.Parse("xmet <= met").Value.Evaluate(c => c == "met" ? null : 3m));

    [Fact]
    public void Evaluate_Subtraction_Works() =>
        Assert.True(RuleExpression.Parse("a - b >= 0").Value.Evaluate(c => c == "a" ? 5m : 2m));

    [Theory]
    [InlineData("a b <= c")]
    [InlineData("a <= ")]
    [InlineData("a + <= b")]
    [InlineData("a ; b")]
    [InlineData("a = b")]
    public void Parse_Malformed_Fails(string text) => Assert.False(RuleExpression.Parse(text).Success);
}
