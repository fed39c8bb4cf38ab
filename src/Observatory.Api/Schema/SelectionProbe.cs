using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.Api.Schema;

/// <summary>
/// Whether a resolver's field selects a given sub-field at any depth, so the SQL reads costly columns (provenance,
/// tension components) only when they are asked for. Conservative: a named fragment spread counts as selecting
/// everything (its definition is not visible from the resolve context).
/// </summary>
internal static class SelectionProbe
{
    public static bool Selects(ResolveContext context, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.FieldNodes.Any(node => node.SelectionSet is { } set && Selects(set, fieldName));
    }

    private static bool Selects(SelectionSetNode set, string fieldName)
    {
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                FieldNode field => string.Equals(field.Name.Value, fieldName, StringComparison.Ordinal)
                    || (field.SelectionSet is { } inner && Selects(inner, fieldName)),
                InlineFragmentNode inline => Selects(inline.SelectionSet, fieldName),
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
