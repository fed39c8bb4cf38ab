using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Tests;

public class AstEqualityTests
{
    [Fact]
    public void AreEqual_SameTextDifferentLayout_IgnoresLocations()
    {
        var left = Parser.Parse("{ a(x: [1, {y: \"s\"}]) @d }");
        var right = Parser.Parse("\n\n{\n  a(x: [1 {y: \"s\"}])\n  @d\n}", new ParserOptions { NoLocation = true });

        Assert.True(AstEquality.AreEqual(left, right));
        Assert.Equal(AstEquality.Hash(left), AstEquality.Hash(right));
        Assert.Contains(right, new HashSet<Node>([left], AstEquality.Instance));
    }

    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a }", "{ x: a }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: \"null\") }", "{ a(x: null) }")]
    [InlineData("{ a(x: \"s\") }", "{ a(x: \"\"\"s\"\"\") }")]
    [InlineData("{ a(x: 1) @d }", "{ a @d(x: 1) }")]
    [InlineData("{ a(x: [1, 2]) }", "{ a(x: [1]) }")]
    [InlineData("{ a { b } }", "{ a }")]
    [InlineData("query { a }", "mutation { a }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    public void AreEqual_DifferentTrees_ReturnsFalse(string left, string right) =>
        Assert.False(AstEquality.AreEqual(Parser.Parse(left), Parser.Parse(right)));

    [Fact]
    public void AreEqual_NodesBuiltInCode_ComparesLists()
    {
        var parsed = Parser.ParseValue("[A, 1]");
        var built = new ListValueNode([new EnumValueNode("A"), new IntValueNode("1")]);
        Assert.True(AstEquality.AreEqual(parsed, built));
    }
}
