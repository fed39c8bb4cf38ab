namespace Observatory.GraphQL.Language.Tests;

public class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Business", SchemaCoordinateKind.Type, "Business", null, null)]
    [InlineData("Business.name", SchemaCoordinateKind.Member, "Business", "name", null)]
    [InlineData("Query.searchBusiness(criteria:)", SchemaCoordinateKind.Argument, "Query", "searchBusiness", "criteria")]
    [InlineData("@private", SchemaCoordinateKind.Directive, "private", null, null)]
    [InlineData("@private(scope:)", SchemaCoordinateKind.DirectiveArgument, "private", null, "scope")]
    [InlineData("__Type.fields(includeDeprecated:)", SchemaCoordinateKind.Argument, "__Type", "fields", "includeDeprecated")]
    public void Parse_ValidCoordinate_ReturnsItsParts(string text, SchemaCoordinateKind kind, string name, string? member, string? argument)
    {
        var coordinate = SchemaCoordinate.Parse(text);
        Assert.Equal(new SchemaCoordinate(kind, name, member, argument), coordinate);
        Assert.Equal(text, coordinate.ToString());
    }

    [Theory]
    [InlineData("", "Expected Name, found <EOF>.", 1)]
    [InlineData("Business.", "Expected Name, found <EOF>.", 10)]
    [InlineData("Business .name", "Expected \".\", found \" \".", 9)]
    [InlineData("Query.f(arg)", "Expected \":\", found \")\".", 12)]
    [InlineData("Query.f(arg:", "Expected \")\", found <EOF>.", 13)]
    [InlineData("Query.f(arg:).x", "Expected <EOF>, found \".\".", 14)]
    [InlineData("@dir.member", "Expected \"(\", found \".\".", 5)]
    [InlineData("1Type", "Expected Name, found \"1\".", 1)]
    [InlineData("A.b.c", "Expected \"(\", found \".\".", 4)]
    public void Parse_InvalidCoordinate_Throws(string text, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinate.Parse(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }
}
