using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Tests;

public class PrinterTests
{
    [Fact]
    public void Print_KitchenSink_ReparsesToEqualTree()
    {
        var document = Parser.Parse(TestFiles.KitchenSink);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        Assert.True(AstEquality.AreEqual(document, reparsed), printed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Print_SchemaKitchenSink_ReparsesToEqualTree()
    {
        var document = Parser.Parse(TestFiles.SchemaKitchenSink);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        Assert.True(AstEquality.AreEqual(document, reparsed), printed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Print_EveryValueAndTypeOfTheKitchenSinks_ReparsesAlone()
    {
        var values = 0;
        foreach (var text in new[] { TestFiles.KitchenSink, TestFiles.SchemaKitchenSink })
        {
            Visiting.Visitor.Visit(Parser.Parse(text), node =>
            {
                Assert.NotEmpty(Printer.Print(node));
                if (node is ValueNode value)
                {
                    Assert.True(AstEquality.AreEqual(value, Parser.ParseValue(Printer.Print(value))), Printer.Print(value));
                    values++;
                }
                else if (node is TypeNode type)
                {
                    Assert.True(AstEquality.AreEqual(type, Parser.ParseType(Printer.Print(type))));
                }

                return Visiting.VisitAction.Continue;
            });
        }

        Assert.True(values > 40);
    }

    [Fact]
    public void Print_ShorthandQuery_StaysShorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query Q {\n  a\n}", Printer.Print(Parser.Parse("query Q { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(Parser.Parse("query @d { a }")));
    }

    [Fact]
    public void Print_Query_UsesGraphQLJsLayout()
    {
        var document = Parser.Parse(
            "query Q($a: Int = 1 @d, $b: [String!]!) @op { alias: f(x: $a, y: {k: [1, \"s\"]}) @skip(if: false) { ...F ... on T { g } } }"
            + " fragment F on T @fd { h }");

        const string expected = """
            query Q($a: Int = 1 @d, $b: [String!]!) @op {
              alias: f(x: $a, y: {k: [1, "s"]}) @skip(if: false) {
                ...F
                ... on T {
                  g
                }
              }
            }

            fragment F on T @fd {
              h
            }
            """;
        Assert.Equal(expected, Printer.Print(document));
    }

    [Fact]
    public void Print_LongArgumentLine_BreaksArgumentsOntoLines()
    {
        var document = Parser.Parse(
            "{ field(firstArgument: \"a long enough value\", secondArgument: \"another long enough value\", third: 3) }");

        const string expected = """
            {
              field(
                firstArgument: "a long enough value"
                secondArgument: "another long enough value"
                third: 3
              )
            }
            """;
        Assert.Equal(expected, Printer.Print(document));
    }

    [Fact]
    public void Print_Sdl_UsesGraphQLJsLayout()
    {
        var document = Parser.Parse(
            "\"\"\"Type doc\"\"\" type T implements A & B @d { \"field doc\" f(a: Int = 1, \"arg doc\" b: String): [T!]! @deprecated }"
            + " union U = A | B enum E { X Y } input I { a: Int = 2 } directive @d(a: Int) repeatable on FIELD | OBJECT"
            + " extend type T @e schema { query: Q }");

        const string expected = """"
            """Type doc"""
            type T implements A & B @d {
              "field doc"
              f(
                a: Int = 1
                "arg doc"
                b: String
              ): [T!]! @deprecated
            }

            union U = A | B

            enum E {
              X
              Y
            }

            input I {
              a: Int = 2
            }

            directive @d(a: Int) repeatable on FIELD | OBJECT

            extend type T @e

            schema {
              query: Q
            }
            """";
        Assert.Equal(expected, Printer.Print(document));
    }

    [Fact]
    public void Print_Strings_EscapesLikeGraphQLJs()
    {
        var value = new StringValueNode("quote \" slash \\ newline \n tab \t bell \u0007 del \u007F emoji \U0001F600");
        Assert.Equal("\"quote \\\" slash \\\\ newline \\n tab \\t bell \\u0007 del \\u007F emoji \U0001F600\"", Printer.Print(value));
    }

    [Fact]
    public void Print_BlockStringNotPrintableAsBlock_FallsBackToQuotedString()
    {
        var value = new StringValueNode("  indented\n  everywhere", Block: true);
        Assert.Equal("\"  indented\\n  everywhere\"", Printer.Print(value));
    }

    [Fact]
    public void Print_BlockStringInSelection_ReparsesToSameValue()
    {
        var document = Parser.Parse("{ a { b(c: \"\"\"\n  first\n    second\n  \"\"\") } }");
        var printed = Printer.Print(document);
        Assert.True(AstEquality.AreEqual(document, Parser.Parse(printed)), printed);
        Assert.Equal("{\n  a {\n    b(c: \"\"\"\n    first\n      second\n    \"\"\")\n  }\n}", printed);
    }

    [Fact]
    public void ToString_PrintsTheNode()
    {
        var type = Parser.ParseType("[Int!]");
        Assert.Equal("[Int!]", type.ToString());
    }
}
