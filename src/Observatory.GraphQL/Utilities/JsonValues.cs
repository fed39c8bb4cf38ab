using System.Text.Json;

namespace Observatory.GraphQL.Utilities;

/// <summary>
/// Converts JSON input (variables) into plain CLR values: null, bool, string, long (integers that fit),
/// double (other numbers), <see cref="List{T}"/> and string-keyed dictionaries.
/// </summary>
public static class JsonValues
{
    /// <summary>Converts a <see cref="JsonElement"/> (deeply); other values are returned unchanged.</summary>
    public static object? ToClr(object? value) => value is JsonElement element ? FromElement(element) : value;

    /// <summary>Converts a JSON element into CLR values.</summary>
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
        }
    }
}
