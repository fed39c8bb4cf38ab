using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Tests;

public partial class ParserTests
{
    [Fact]
    public void Parse_Locations_SpanFromFirstToLastToken()
    {
        const string text = "query Q {\n  alias: field(arg: [1, 2]) @dir\n}";
        var document = Parser.Parse(text);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(new Location(0, text.Length, 1, 1), operation.Location);
        Assert.Equal(new Location(8, text.Length, 1, 9), operation.SelectionSet.Location);
        Assert.Equal("alias: field(arg: [1, 2]) @dir", text[field.Location!.Value.Start..field.Location.Value.End]);
        Assert.Equal((2, 3), (field.Location.Value.Line, field.Location.Value.Column));
        var list = field.Arguments[0].Value;
        Assert.Equal("[1, 2]", text[list.Location!.Value.Start..list.Location.Value.End]);
        Assert.Equal(21, list.Location.Value.Column);
        Assert.Equal(new Location(0, text.Length, 1, 1), document.Location);
    }

    [Fact]
    public void Parse_NonNullTypeLocation_CoversBang()
    {
        var document = Parser.Parse("query ($v: [Int]!) { a }");
        var type = ((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions[0].Type;
        Assert.Equal(new Location(11, 17, 1, 12), type.Location);
        Assert.Equal(new Location(11, 16, 1, 12), ((NonNullTypeNode)type).Type.Location);
    }

    [Fact]
    public void Parse_NoLocation_LeavesLocationsNull()
    {
        var document = Parser.Parse("{ a { b } }", new ParserOptions { NoLocation = true });
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Null(document.Location);
        Assert.Null(operation.Location);
        Assert.Null(operation.SelectionSet.Selections[0].Location);
    }
}
