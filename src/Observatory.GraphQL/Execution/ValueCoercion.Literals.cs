using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>ValueFromAST: coerces a literal (which may hold variables) to an input type.</summary>
internal static partial class ValueCoercion
{
    /// <summary>Coerces a literal; false when it is invalid for <paramref name="type"/>.</summary>
    public static bool TryValueFromAst(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || !type.IsNonNull;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    if (!TryValueFromAst(node, list.OfType, variables, out var single))
                    {
                        return false;
                    }

                    value = new List<object?> { single };
                    return true;
                }

                var items = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    if (IsMissingVariable(itemNode, variables))
                    {
                        if (list.OfType.IsNonNull)
                        {
                            return false;
                        }

                        items.Add(null);
                    }
                    else if (TryValueFromAst(itemNode, list.OfType, variables, out var item))
                    {
                        items.Add(item);
                    }
                    else
                    {
                        return false;
                    }
                }

                value = items;
                return true;
            case InputObjectType input:
                return TryInputObjectFromAst(node, input, variables, out value);
            case EnumType enumType:
                return TryLeaf(() => enumType.ParseLiteral(node), out value);
            case ScalarType scalar:
                return TryLeaf(() => scalar.ParseLiteral(node, variables), out value);
            default:
                return false;
        }
    }

    private static bool TryInputObjectFromAst(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!input.Fields.ContainsKey(fieldNode.Name.Value))
            {
                return false;
            }
        }

        foreach (var field in input.Fields.Values)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => string.Equals(f.Name.Value, field.Name, StringComparison.Ordinal));
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (input.IsOneOf && (objectNode.Fields.Count != 1 || coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            value = null;
            return false;
        }
    }
}
