using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.1 Fragment Name Uniqueness: each fragment definition must have a unique name.
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return VisitAction.Skip;
                case FragmentDefinitionNode fragment:
                    if (_known.TryGetValue(fragment.Name.Value, out var first))
                    {
                        context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                    }
                    else
                    {
                        _known[fragment.Name.Value] = fragment.Name;
                    }

                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
