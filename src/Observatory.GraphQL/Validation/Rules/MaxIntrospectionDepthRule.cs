using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec (graphql-js): introspection must not nest <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> or <c>inputFields</c> three or more deep, fragments included (CVE-2024-40094).
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // Per fragment, the smallest entry depth at which a check passed, and at which one exceeded the limit.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError("Maximum introspection depth exceeded", field);
                return VisitAction.Skip;
            }

            return VisitAction.Continue;
        }

        private bool Exceeds(SelectionNode node, Dictionary<string, int> visited, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visited[name] = depth;
                if (AnyExceeds(fragment.SelectionSet, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }

                _checked[name] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && AnyExceeds(selectionSet, visited, depth);
        }

        private bool AnyExceeds(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (Exceeds(child, visited, depth))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
