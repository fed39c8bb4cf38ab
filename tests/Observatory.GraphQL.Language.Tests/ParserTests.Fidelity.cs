using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Language.Tests;

public partial class ParserTests
{
    public static TheoryData<string> KitchenSinks => new() { "KitchenSink", "SchemaKitchenSink" };

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void Parse_KitchenSinkLocations_PointAtTheNodeText(string which)
    {
        var text = which == "KitchenSink" ? TestFiles.KitchenSink : TestFiles.SchemaKitchenSink;
        var source = new Source(text);
        var checkedNodes = 0;
        Visitor.Visit(Parser.Parse(source), node =>
        {
            var location = Assert.NotNull(node.Location);
            var slice = text[location.Start..location.End];
            Assert.Equal((location.Line, location.Column), source.GetLineAndColumn(location.Start));
            switch (node)
            {
                case NameNode name:
                    Assert.Equal(name.Value, slice);
                    checkedNodes++;
                    break;
                case IntValueNode or FloatValueNode or EnumValueNode or BooleanValueNode or NullValueNode:
                    Assert.Equal(Printer.Print(node), slice);
                    checkedNodes++;
                    break;
                case StringValueNode { Block: true }:
                    Assert.StartsWith("\"\"\"", slice, StringComparison.Ordinal);
                    Assert.EndsWith("\"\"\"", slice, StringComparison.Ordinal);
                    break;
                case SelectionSetNode:
                    Assert.StartsWith("{", slice, StringComparison.Ordinal);
                    Assert.EndsWith("}", slice, StringComparison.Ordinal);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        });

        Assert.True(checkedNodes > 50);
    }

    [Fact]
    public void Parse_CommentsBomAndCommasAnywhere_AreIgnored()
    {
        const string text = "\uFEFF# leading\r\nquery Q( # after paren\n $a: Int,,, $b: Int) { a(x: [1,2,,3]) # trailing\r b, \uFEFF c }";
        var plain = Parser.Parse("query Q($a: Int $b: Int) { a(x: [1 2 3]) b c }");
        Assert.True(AstEquality.AreEqual(plain, Parser.Parse(text)));
    }

    [Fact]
    public void Parse_CarriageReturnLines_LocateNodes()
    {
        var document = Parser.Parse("{\r\n  a\r  b\n  c\r\n}");
        var columnsAndLines = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections
            .Select(s => (s.Location!.Value.Line, s.Location.Value.Column));
        Assert.Equal([(2, 3), (3, 3), (4, 3)], columnsAndLines);
    }

    [Fact]
    public void Parse_BlockStringDescription_IsDedented()
    {
        var document = Parser.Parse("\"\"\"\n    Line one\n      indented\n\"\"\"\nscalar S");
        var scalar = (ScalarTypeDefinitionNode)document.Definitions[0];
        Assert.Equal("Line one\n  indented", scalar.Description?.Value);
        Assert.Equal((5, 8), (scalar.Name.Location!.Value.Line, scalar.Name.Location.Value.Column));
    }
}
