using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>
/// Validates a type system (SDL) document before a schema is built from it (graphql-js <c>validateSDL</c>): every
/// rule runs in one traversal, in registry order. Never throws for an invalid document.
/// </summary>
public static class SdlValidator
{
    /// <summary>
    /// Validates <paramref name="document"/>; returns no errors when it is valid. <paramref name="schemaToExtend"/> is
    /// the SDL of the schema the document extends (its types, roots and directives exist already), or null when the
    /// document defines a schema on its own. <paramref name="rules"/> defaults to <see cref="SpecifiedSdlRules.All"/>.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        DocumentNode document,
        DocumentNode? schemaToExtend = null,
        IReadOnlyList<ISdlValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedSdlRules.All;

        var errors = new List<GraphQLError>();
        var extended = schemaToExtend is null ? null : ExtendedSchema.FromDocument(schemaToExtend);
        var context = new SdlValidationContext(document, extended, errors.Add);
        var visitors = rules.Select(rule => rule.CreateVisitor(context)).ToList();
        Visitor.Visit(document, new AncestorVisitor(context, new ParallelVisitor(visitors)));
        return errors;
    }
}
