using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec (limit against directive overloading, CVE-2022-37734): one location may carry at most the
/// maximum number of directives.
/// </summary>
public sealed class MaxDirectivesPerLocationRule(int maxDirectives) : IValidationRule
{
    public int MaxDirectives { get; } = maxDirectives;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDirectives);

    private sealed class Visitor(ValidationContext context, int maxDirectives) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            var directives = node switch
            {
                ExecutableDefinitionNode definition => definition.Directives,
                SelectionNode selection => selection.Directives,
                VariableDefinitionNode variable => variable.Directives,
                _ => null,
            };
            if (directives is not null && directives.Count > maxDirectives)
            {
                context.ReportError(
                    $"{directives.Count} directives at one location exceed the maximum of {maxDirectives}.",
                    directives[maxDirectives]);
            }

            return VisitAction.Continue;
        }
    }
}
