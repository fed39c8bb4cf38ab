using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// One validation rule of section 5: creates a fresh visitor per document, which reports errors through the
/// <see cref="ValidationContext"/> while <see cref="DocumentValidator"/> walks the document once for all rules.
/// </summary>
public interface IValidationRule
{
    /// <summary>Creates the rule's visitor for one validation run.</summary>
    AstVisitor CreateVisitor(ValidationContext context);
}
