using System.Text;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Tests;

public partial class ParserTests
{
    [Fact]
    public void Parse_TooManyTokens_AbortsWithGraphQLJsMessage()
    {
        var error = ParseError("{ a b c d }", new ParserOptions { MaxTokens = 4 });
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void Parse_ExactlyMaxTokens_Succeeds()
    {
        // "{ a b c d }" has 6 tokens; comments and commas do not count.
        var document = Parser.Parse("{ a, b, c, d } # comment", new ParserOptions { MaxTokens = 6 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_DefaultTokenLimit_Is15000()
    {
        var text = "{" + string.Concat(Enumerable.Repeat(" a", 15_000)) + " }";
        var error = ParseError(text);
        Assert.Equal("Syntax Error: Document contains more that 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void ParseValue_HundredThousandNestedLists_FailsCleanly()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(text, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 200.", error.Message);
        Assert.Equal(201, error.Column);
    }

    [Fact]
    public void Parse_HundredThousandNestedSelections_FailsCleanly()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append("{a");
        }

        builder.Append(new string('}', 100_000));
        var error = ParseError(builder.ToString(), new ParserOptions { MaxTokens = int.MaxValue });
        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message);
    }

    [Fact]
    public void Parse_HugeDepthLimit_StillDoesNotOverflowTheStack()
    {
        var text = "query ($v: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var error = ParseError(text, options);
        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Parse_DepthLimit_CountsSelectionSetsValuesAndTypes(int maxDepth, bool succeeds)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        string[] documents = ["{ a { b { c } } }", "{ a(x: [[1]]) }", "{ a(x: {y: {z: 1}}) }", "query ($v: [[[Int]]]) { a }"];
        foreach (var text in documents)
        {
            if (succeeds)
            {
                Assert.IsType<DocumentNode>(Parser.Parse(text, options));
            }
            else
            {
                ParseError(text, options);
            }
        }
    }
}
