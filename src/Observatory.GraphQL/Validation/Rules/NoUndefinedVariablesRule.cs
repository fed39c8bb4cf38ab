using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.3 All Variable Uses Defined: every variable used by an operation, in its fragments too, must be defined by it.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _defined.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _defined.Add(definition.Variable.Name.Value);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        public override VisitAction Leave(Node node)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (!_defined.Contains(name))
                    {
                        context.ReportError(
                            operation.Name is { } operationName
                                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                                : $"Variable \"${name}\" is not defined.",
                            usage.Node,
                            operation);
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
