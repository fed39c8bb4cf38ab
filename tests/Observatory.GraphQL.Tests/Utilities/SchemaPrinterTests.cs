using Observatory.GraphQL.Building;
using Observatory.GraphQL.Tests.Fixtures;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    [Fact]
    public void Print_SchemaWithEveryTypeKind_MatchesGraphQLJsStyle() =>
        Assert.Equal(KitchenSchema.ExpectedSdl, SchemaPrinter.Print(KitchenSchema.Create()));

    [Fact]
    public void Print_CommonRootNamesWithoutDescription_OmitsSchemaDefinition()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("a", "Int"))
            .Mutation("Mutation", m => m.Field("b", "Int"))
            .Build();

        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_CustomRootName_PrintsSchemaDefinition()
    {
        var schema = new SchemaBuilder().Query("Root", q => q.Field("a", "Int")).Build();

        Assert.StartsWith("schema {\n  query: Root\n}\n\ntype Root", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_LongDescription_UsesMultiLineBlockString()
    {
        var text = new string('x', 71);
        var schema = new SchemaBuilder().Query(q => q.Description(text).Field("a", "Int")).Build();

        Assert.Equal($"\"\"\"\n{text}\n\"\"\"\ntype Query {{\n  a: Int\n}}", SchemaPrinter.Print(schema));
    }
}
