using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.4 Fragments Must Be Used: every fragment must be reached, directly or transitively, from an operation.
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitAction.Skip;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }

        public override VisitAction Leave(Node node)
        {
            if (node is DocumentNode)
            {
                var used = new HashSet<string>(
                    context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value),
                    StringComparer.Ordinal);
                foreach (var fragment in _fragments)
                {
                    if (!used.Contains(fragment.Name.Value))
                    {
                        context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
