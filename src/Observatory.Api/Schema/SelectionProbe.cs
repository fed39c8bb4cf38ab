using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.Api.Schema;

/// <summary>
/// Whether a selection set selects a field, through inline fragments and named fragment spreads: so the SQL reads
/// costly columns (provenance, tension components) only when they are asked for, and the response cache knows which
/// root fields a document reads. A spread of an unknown fragment counts as selecting everything.
/// </summary>
internal static class SelectionProbe
{
    /// <summary>Whether the resolver's field selects <paramref name="fieldName"/> at any depth.</summary>
    public static bool Selects(ResolveContext context, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.FieldNodes.Any(node => node.SelectionSet is { } set
            && Any(set, context.Fragments, field => string.Equals(field.Name.Value, fieldName, StringComparison.Ordinal), deep: true));
    }

    /// <summary>Whether a field of <paramref name="set"/> matches (at any depth when <paramref name="deep"/>, else its own fields only).</summary>
    public static bool Any(SelectionSetNode set, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Func<FieldNode, bool> match, bool deep) =>
        Any(set, fragments, match, deep, new HashSet<string>(StringComparer.Ordinal));

    private static bool Any(SelectionSetNode set, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Func<FieldNode, bool> match, bool deep,
        HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                FieldNode field => match(field) || (deep && field.SelectionSet is { } inner && Any(inner, fragments, match, deep, visited)),
                InlineFragmentNode inline => Any(inline.SelectionSet, fragments, match, deep, visited),
                FragmentSpreadNode spread => visited.Add(spread.Name.Value)
                    && (!fragments.TryGetValue(spread.Name.Value, out var fragment) || Any(fragment.SelectionSet, fragments, match, deep, visited)),
                _ => true,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
