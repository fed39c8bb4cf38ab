using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.2.1 Operation Name Uniqueness: each named operation must be the only operation of that name.
/// </summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitAction.Skip;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
