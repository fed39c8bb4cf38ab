using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Sdl;

/// <summary>
/// One validation rule of a type system (SDL) document: creates a fresh visitor per document, which reports errors
/// through the <see cref="SdlValidationContext"/> while <see cref="SdlValidator"/> walks the document once for all
/// rules (graphql-js <c>SDLValidationRule</c>).
/// </summary>
public interface ISdlValidationRule
{
    /// <summary>Creates the rule's visitor for one validation run.</summary>
    AstVisitor CreateVisitor(SdlValidationContext context);
}
