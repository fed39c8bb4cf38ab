using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Building;

/// <summary>Starts a builder from a type system (SDL) document.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Reads <paramref name="sdl"/> into a new builder: types, interfaces, unions, enums, input objects (with
    /// <c>@oneOf</c>), custom scalars (with <c>@specifiedBy</c>), directives, descriptions, deprecations, defaults, the
    /// schema definition and every extension. The document must first pass <see cref="SpecifiedSdlRules"/>. Attach
    /// resolvers afterwards as with a code-first builder, then call <see cref="Build"/>:
    /// <code>
    /// var schema = SchemaBuilder.FromSdl(File.ReadAllText("schema.graphql"))
    ///     .Object("Query", q => q.Field("dog").Resolve(ctx => repo.FindDog(ctx.Argument&lt;string&gt;("name"))))
    ///     .Interface("Pet", i => i.ResolveType(...))
    ///     .Enum("Day", e => e.InternalValue("MONDAY", DayOfWeek.Monday))
    ///     .Scalar(new DateScalar())
    ///     .Build();
    /// </code>
    /// Without a schema definition, the types named <c>Query</c>, <c>Mutation</c> and <c>Subscription</c> are the
    /// roots. A custom scalar passes values through until a <see cref="Types.ScalarType"/> of its name is given.
    /// Executable definitions (operations, fragments) are ignored, as graphql-js <c>buildASTSchema</c> ignores them.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document.</exception>
    /// <exception cref="SchemaValidationException">The document breaks an SDL rule; <see cref="SchemaValidationException.Errors"/> locates each problem.</exception>
    public static SchemaBuilder FromSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromSdl(Parser.Parse(sdl));
    }

    /// <summary>Reads a parsed type system document into a new builder (see <see cref="FromSdl(string)"/>).</summary>
    /// <exception cref="SchemaValidationException">The document breaks an SDL rule.</exception>
    public static SchemaBuilder FromSdl(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = SdlValidator.Validate(document);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        var builder = new SchemaBuilder();
        new SdlSchemaReader(builder).Read(document);
        return builder;
    }
}
