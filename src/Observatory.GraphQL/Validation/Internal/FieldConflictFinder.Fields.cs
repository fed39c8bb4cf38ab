using System.Text;
using System.Text.Json;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Validation.Internal;

internal sealed partial class FieldConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>Shortens an over-long name or reason, as graphql-js does.</summary>
    public static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private FieldConflict? FindConflict(bool parentsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both apply, so only their response shapes must agree.
        var areMutuallyExclusive = parentsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && Equals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = InfoOf(field1);
            var info2 = InfoOf(field2);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1, info2) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new FieldConflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = InfoOf(field1);
            var info2 = InfoOf(field2);
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new FieldConflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, InfoOf(field1).NamedType, selectionSet1, InfoOf(field2).NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static FieldInfo InfoOf(FieldDetails field) =>
        field.Info ??= new FieldInfo(field.Definition?.Type.UnderlyingType, field.Node.Arguments);

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        if (info1.Arguments.Count != info2.Arguments.Count)
        {
            return false;
        }

        foreach (var argument in info1.Arguments)
        {
            Spend(1);
            if (!info2.ArgumentValues.TryGetValue(argument.Name.Value, out var value2)
                || Stringify(argument.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    // A canonical text for a literal: object fields sorted by name, every node tagged with its kind.
    private string Stringify(ValueNode value)
    {
        if (!_stringified.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            AppendCanonical(builder, value);
            text = builder.ToString();
            _stringified[value] = text;
        }

        return text;
    }

    private static void AppendCanonical(StringBuilder builder, ValueNode value)
    {
        builder.Append((int)value.Kind).Append(':');
        switch (value)
        {
            case VariableNode variable:
                builder.Append(variable.Name.Value);
                break;
            case ObjectValueNode objectValue:
                builder.Append('{');
                foreach (var field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append('=');
                    AppendCanonical(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendCanonical(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case StringValueNode stringValue:
                builder.Append(JsonSerializer.Serialize(stringValue.Value)).Append(stringValue.Block ? "b" : "s");
                break;
            case IntValueNode intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append(floatValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            default:
                break;
        }
    }

    // Two types conflict when no value could have both shapes: list-ness, nullability and leaf types must agree.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1.Equals(type2))
        {
            return false;
        }

        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ => (type1 is NamedType { IsLeafType: true } || type2 is NamedType { IsLeafType: true }) && !ReferenceEquals(type1, type2),
        };
    }

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(parentType, selectionSet, result, fragmentNames);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields result, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(field.Name.Value) : null;
                    if (!result.Grouped.TryGetValue(field.ResponseName, out var list))
                    {
                        list = [];
                        result.Grouped.Add(field.ResponseName, list);
                    }

                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
                default:
                    break;
            }
        }
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true),
            ConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field, then the nested conflicting fields, at most 20, keeping the innermost.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Skip(Math.Max(0, side.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
