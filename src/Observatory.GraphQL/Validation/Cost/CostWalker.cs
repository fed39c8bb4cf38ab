using System.Runtime.CompilerServices;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Cost;

/// <summary>
/// Prices selection sets over the fragment graph: each fragment is priced once and its price reused at every spread
/// (never expanded), a fragment met again while being priced (a cycle, reported by NoFragmentCycles) costs nothing,
/// and fields skipped by <c>@skip</c>/<c>@include</c> under the coerced variables cost nothing. Unknown fields and
/// types cost nothing (validation reports them). Running short of stack saturates the price.
/// </summary>
internal sealed class CostWalker(
    GraphQLSchema schema,
    Func<string, FragmentDefinitionNode?> fragments,
    CostModel model,
    IReadOnlyDictionary<string, object?> variables)
{
    private readonly Dictionary<string, CostReport> _memo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public CostReport Price(SelectionSetNode selectionSet, NamedType? parentType)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return new CostReport(long.MaxValue, long.MaxValue);
        }

        long cost = 0;
        long fields = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection.Directives))
            {
                continue;
            }

            var price = selection switch
            {
                FieldNode field => PriceField(field, parentType),
                InlineFragmentNode inline => Price(inline.SelectionSet, inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType),
                FragmentSpreadNode spread => PriceFragment(spread.Name.Value),
                _ => default,
            };
            cost = Saturating.Add(cost, price.Cost);
            fields = Saturating.Add(fields, price.FieldCount);
        }

        return new CostReport(cost, fields);
    }

    private CostReport PriceFragment(string name)
    {
        if (_memo.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (fragments(name) is not { } fragment || !_inProgress.Add(name))
        {
            return default;
        }

        var price = Price(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value));
        _inProgress.Remove(name);
        _memo[name] = price;
        return price;
    }

    private CostReport PriceField(FieldNode field, NamedType? parentType)
    {
        var name = field.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return new CostReport(name == "__typename" ? 0 : Math.Max(0, model.IntrospectionFieldWeight), 1);
        }

        if (parentType is not ComplexType complex || !complex.Fields.TryGetValue(name, out var definition))
        {
            return new CostReport(0, 1);
        }

        var declared = FindDeclaredCost(complex, name);
        var itemType = definition.Type.UnderlyingType;
        var composite = itemType.IsCompositeType;
        long weight = Math.Max(0, declared?.Weight ?? (composite ? model.CompositeFieldWeight : model.ScalarFieldWeight));
        var children = field.SelectionSet is { } nested && composite ? Price(nested, itemType) : default;

        var listDepth = ListDepth(definition.Type);
        if (listDepth == 0)
        {
            return new CostReport(Saturating.Add(weight, children.Cost), Saturating.Add(1, children.FieldCount));
        }

        var size = SlicingSize.Estimate(definition, field, declared, model, variables);
        long items = 1;
        for (var i = 0; i < listDepth; i++)
        {
            items = Saturating.Multiply(items, size);
        }

        var perItem = Saturating.Add(composite ? 1 : 0, children.Cost);
        return new CostReport(Saturating.Add(weight, Saturating.Multiply(items, perItem)), Saturating.Add(1, children.FieldCount));
    }

    private FieldCost? FindDeclaredCost(ComplexType type, string fieldName)
    {
        if (model.Fields.Count == 0)
        {
            return null;
        }

        if (model.Fields.TryGetValue(type.Name + "." + fieldName, out var cost))
        {
            return cost;
        }

        foreach (var implemented in type.Interfaces)
        {
            if (model.Fields.TryGetValue(implemented.Name + "." + fieldName, out cost))
            {
                return cost;
            }
        }

        return null;
    }

    private static int ListDepth(GraphQLType type)
    {
        var depth = 0;
        for (var current = type; current is not NamedType;)
        {
            switch (current)
            {
                case NonNullType nonNull:
                    current = nonNull.OfType;
                    break;
                case ListType list:
                    depth++;
                    current = list.OfType;
                    break;
                default:
                    return depth;
            }
        }

        return depth;
    }

    private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            bool condition;
            try
            {
                condition = ValueCoercion.CoerceArgumentValues(definition.Arguments, directive.Arguments, variables).TryGetValue("if", out var value) && value is true;
            }
            catch (GraphQLException)
            {
                continue; // priced as included; execution reports the bad argument
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
