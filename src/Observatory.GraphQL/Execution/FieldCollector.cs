using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// CollectFields and CollectSubfields (spec 6.3.2): groups selections by response name, in first-appearance
/// order, honouring <c>@skip</c>/<c>@include</c> and fragment type conditions. Results are cached per
/// (object type, selection) for the request, so a merged field's sub-selection is computed once.
/// </summary>
internal sealed class FieldCollector(ExecutionContext context)
{
    private readonly ConcurrentDictionary<(ObjectType Type, object Selection), CollectedFields> _cache = new(new KeyComparer());

    /// <summary>The root selection set's fields for <paramref name="type"/>.</summary>
    public CollectedFields CollectFields(ObjectType type, SelectionSetNode selectionSet) =>
        _cache.GetOrAdd((type, selectionSet), key => Collect(key.Type, [((SelectionSetNode)key.Selection)]));

    /// <summary>The merged sub-selections of a field group for the runtime type <paramref name="type"/>.</summary>
    public CollectedFields CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> fieldNodes) =>
        _cache.GetOrAdd((type, fieldNodes), key => Collect(
            key.Type,
            ((IReadOnlyList<FieldNode>)key.Selection).Select(node => node.SelectionSet).OfType<SelectionSetNode>().ToList()));

    private CollectedFields Collect(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var groups = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(type, selectionSet, groups, visitedFragments);
        }

        return new CollectedFields(groups.Select(pair => new FieldGroup(pair.Key, pair.Value)).ToList());
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> groups, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!groups.TryGetValue(field.ResponseName, out var group))
                    {
                        group = [];
                        groups.Add(field.ResponseName, group);
                    }

                    if (!group.Exists(existing => ReferenceEquals(existing, field)))
                    {
                        group.Add(field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition.Name.Value))
                    {
                        CollectInto(type, inline.SelectionSet, groups, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Add(name)
                        && context.Fragments.TryGetValue(name, out var fragment)
                        && DoesFragmentTypeApply(type, fragment.TypeCondition.Name.Value))
                    {
                        CollectInto(type, fragment.SelectionSet, groups, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(ObjectType type, string typeConditionName) =>
        context.Schema.GetType(typeConditionName) switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            InterfaceType or UnionType => context.Schema.IsPossibleType(context.Schema.GetType(typeConditionName)!, type),
            _ => false,
        };

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var arguments = ValueCoercion.CoerceArgumentValues(definition.Arguments, directive.Arguments, context.VariableValues);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class KeyComparer : IEqualityComparer<(ObjectType Type, object Selection)>
    {
        public bool Equals((ObjectType Type, object Selection) x, (ObjectType Type, object Selection) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selection, y.Selection);

        public int GetHashCode((ObjectType Type, object Selection) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Type), RuntimeHelpers.GetHashCode(obj.Selection));
    }
}

/// <summary>Fields grouped by response name, in execution order.</summary>
internal sealed record CollectedFields(IReadOnlyList<FieldGroup> Groups);

/// <summary>The field nodes sharing one response name.</summary>
internal sealed record FieldGroup(string ResponseName, IReadOnlyList<FieldNode> Nodes);
