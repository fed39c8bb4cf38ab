using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.4 All Variables Used: every variable an operation defines must be used by it or by a fragment it reaches.
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions.Add(definition);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }

        public override VisitAction Leave(Node node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitAction.Continue;
            }

            var used = new HashSet<string>(context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }

            return VisitAction.Continue;
        }
    }
}
