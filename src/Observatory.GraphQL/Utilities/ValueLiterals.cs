using System.Collections;
using System.Globalization;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Utilities;

/// <summary>Builds value literals from internal values (graphql-js <c>astFromValue</c>), used for default values.</summary>
public static class ValueLiterals
{
    /// <summary>The literal text of an internal value of <paramref name="type"/>, e.g. <c>"abc"</c>, <c>RED</c>, <c>{x: 1}</c>.</summary>
    public static string Print(object? value, GraphQLType type) => ValuePrinter.Print(FromValue(value, type));

    /// <summary>The literal of an internal value of <paramref name="type"/>.</summary>
    public static ValueNode FromValue(object? value, GraphQLType type)
    {
        value = JsonValues.ToClr(value);
        if (type is NonNullType nonNull)
        {
            return FromValue(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? new ListValueNode(items.Cast<object?>().Select(item => FromValue(item, list.OfType)).ToList())
                    : FromValue(value, list.OfType);
            case InputObjectType inputObject:
                var fields = new List<ObjectFieldNode>();
                var map = AsStringMap(value);
                foreach (var field in inputObject.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue))
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), FromValue(fieldValue, field.Type)));
                    }
                }

                return new ObjectValueNode(fields);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                throw new ArgumentException($"Type {type} is not an input type.", nameof(type));
        }
    }

    /// <summary>The literal of a JSON-like serialized value (what <see cref="ScalarType.Serialize"/> returns).</summary>
    public static ValueNode FromJsonValue(object? value)
    {
        value = JsonValues.ToClr(value);
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool flag:
                return new BooleanValueNode(flag);
            case string text:
                return new StringValueNode(text);
            case IDictionary dictionary:
                var fields = new List<ObjectFieldNode>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    fields.Add(new ObjectFieldNode(new NameNode(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""), FromJsonValue(entry.Value)));
                }

                return new ObjectValueNode(fields);
            case IEnumerable items:
                return new ListValueNode(items.Cast<object?>().Select(FromJsonValue).ToList());
            default:
                if (Numbers.TryGetDouble(value, out var number))
                {
                    var text = value is long or int or short or byte or sbyte or ushort or uint or ulong
                        ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                        : Inspector.FormatNumber(number);
                    return Numbers.IsInteger(number) && !text.Contains('e', StringComparison.OrdinalIgnoreCase)
                        ? new IntValueNode(text)
                        : new FloatValueNode(text);
                }

                return new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        }
    }

    /// <summary>Reads a dictionary-like value as string-keyed entries.</summary>
    internal static IReadOnlyDictionary<string, object?> AsStringMap(object value)
    {
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            return map;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = entry.Value;
            }
        }

        return result;
    }
}
