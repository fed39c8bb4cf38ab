using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5): every rule runs in one traversal, in
/// registry order, and errors are collected up to a cap (graphql-js <c>validate</c>). Never throws for an invalid
/// document.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The default error cap, as in graphql-js.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>The last error when the cap is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The last error when a work budget (fragment walking, field merging) runs out.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>
    /// Validates <paramref name="document"/> with <see cref="SpecifiedRules.All"/> and the default cap; fits the
    /// HTTP handler's <c>Func&lt;GraphQLSchema, DocumentNode, IReadOnlyList&lt;GraphQLError&gt;&gt;</c> as a method group.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) =>
        Validate(schema, document, null, DefaultMaxErrors);

    /// <summary>
    /// Validates <paramref name="document"/>; returns no errors when it is valid. <paramref name="rules"/> defaults to
    /// <see cref="SpecifiedRules.All"/>. At most <paramref name="maxErrors"/> errors are reported, then one
    /// <see cref="TooManyErrorsMessage"/> error ends the list.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(Abort(TooManyErrorsMessage));
                throw new ValidationAbortedException(TooManyErrorsMessage);
            }

            errors.Add(error);
        });

        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            Visitor.Visit(document, new TypeInfoVisitor(context, typeInfo, new ParallelVisitor(visitors)));
        }
        catch (ValidationAbortedException aborted) when (aborted.BudgetExhausted)
        {
            errors.Add(Abort(AbortedMessage));
        }
        catch (ValidationAbortedException)
        {
            // The cap was reached; its error is already the last one.
        }

        return errors;
    }

    private static GraphQLError Abort(string message) =>
        new(message) { Extensions = GraphQLError.CodeExtensions(ErrorCodes.ValidationFailed) };
}
