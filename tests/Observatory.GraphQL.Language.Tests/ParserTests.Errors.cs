namespace Observatory.GraphQL.Language.Tests;

public partial class ParserTests
{
    private static GraphQLSyntaxException ParseError(string text, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ f(x: \"\U0001F600\") ) }", "Expected Name, found \")\".", 1, 14)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on on T { a } }", "Expected \"{\", found Name \"T\".", 1, 12)]
    [InlineData("{ f(a: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ f() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ f(a: 1 }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("query ($v: Int = $w) { a }", "Unexpected variable \"$w\" in constant value.", 1, 18)]
    [InlineData("query ($v) { a }", "Expected \":\", found \")\".", 1, 10)]
    [InlineData("query ($v: [Int) { a }", "Expected \"]\", found \")\".", 1, 16)]
    [InlineData("{ f(a: \"unterminated) }", "Unterminated string.", 1, 24)]
    [InlineData("{ a }\n  ?", "Unexpected character: \"?\".", 2, 3)]
    [InlineData("{ a(x: 0x1) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Unexpected description, descriptions are not supported on type extensions.", 1, 1)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FIELD | NOWHERE", "Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("directive @d(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo A @d", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { other: Q }", "Unexpected Name \"other\".", 1, 10)]
    [InlineData("type A { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type A @d(a: $v) { f: Int }", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("{ a } \"trailing\"", "Unexpected <EOF>.", 1, 17)]
    [InlineData("{ a } 1", "Unexpected Int \"1\".", 1, 7)]
    public void Parse_MalformedDocument_ThrowsWithPosition(string text, string message, int line, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_NamedSource_ReportsSourceName()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new Source("{", "query.graphql")));
        Assert.Equal("query.graphql", error.SourceName);
        Assert.Equal("Expected Name, found <EOF>.", error.Description);
        Assert.Equal(1, error.Position);
    }
}
