using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>
/// What every SDL rule sees: the document, the schema it extends when there is one, the ancestors of the node being
/// visited and error reporting (graphql-js <c>SDLValidationContext</c>).
/// </summary>
public sealed class SdlValidationContext : AstValidationContext
{
    private static readonly object BuiltInDirectivesKey = new();

    internal SdlValidationContext(DocumentNode document, ExtendedSchema? schemaToExtend, Action<GraphQLError> onError)
        : base(document, onError)
    {
        SchemaToExtend = schemaToExtend;
    }

    /// <summary>The schema the document extends, or null when the document defines a schema on its own.</summary>
    internal ExtendedSchema? SchemaToExtend { get; }

    internal override IEnumerable<string> ExistingTypeNames => SchemaToExtend?.TypeNames ?? [];

    private protected override object ExistingDirectivesKey => (object?)SchemaToExtend ?? BuiltInDirectivesKey;

    internal override bool IsExistingType(string name) => SchemaToExtend?.GetType(name) is not null;

    private protected override IEnumerable<DirectiveSignature> ExistingDirectives() =>
        SchemaToExtend?.Directives ?? BuiltInDirectives.All.Select(DirectiveSignature.FromDefinition);
}
