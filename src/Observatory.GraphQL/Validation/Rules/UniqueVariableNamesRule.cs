using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.1 Variable Uniqueness: an operation must not define two variables with the same name.
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Skip(1).Any())
                    {
                        context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(d => d.Variable.Name));
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
