using Observatory.GraphQL.Building;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Tests.Fixtures;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Tests.Building;

/// <summary>Issue 20 item 4: SDL built with <see cref="SchemaBuilder.FromSdl(string)"/> prints back as the same SDL.</summary>
public class SdlRoundTripTests
{
    [Fact]
    public void FromSdl_ProjectSchemaFile_PrintsBackTheSameText()
    {
        var sdl = RepositoryFiles.ReadText("schemas", "graphql", "schema.graphql");

        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(sdl.TrimEnd(), printed);
    }

    [Fact]
    public void FromSdl_ProjectSchemaFile_PrintsBackAnEquivalentDocument()
    {
        var sdl = RepositoryFiles.ReadText("schemas", "graphql", "schema.graphql");

        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        Assert.True(AstEquality.AreEqual(Parser.Parse(sdl), Parser.Parse(printed)));
    }

    [Fact]
    public void FromSdl_SchemaOfEveryKind_PrintsBackTheSameText()
    {
        // The code-first kitchen schema's printed SDL, but for its input object default: a default coerced from a
        // literal takes the fields' own defaults, and prints them, as graphql-js 16 buildSchema + printSchema do.
        var sdl = KitchenSchema.ExpectedSdl.Replace("filter: Filter = {text: \"x\", limit: 5}", "filter: Filter = {text: \"x\", limit: 5, tags: [\"a\"]}", StringComparison.Ordinal);

        Assert.Equal(sdl, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build()));
    }
}
