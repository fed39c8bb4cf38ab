using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: serialized as a string; accepts strings and integers as input.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            string text => text,
            Guid guid => guid.ToString(),
            _ when value is not bool && Numbers.TryGetDouble(value, out var number) && Numbers.IsInteger(number) => IntegerText(value, number),
            _ => throw new GraphQLException($"ID cannot represent value: {Inspector.Inspect(value)}"),
        };
    }

    public override object ParseValue(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            string text => text,
            _ when value is not bool && Numbers.TryGetDouble(value, out var number) && Numbers.IsInteger(number) => IntegerText(value, number),
            _ => throw new GraphQLException($"ID cannot represent value: {Inspector.Inspect(value)}"),
        };
    }

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode switch
        {
            StringValueNode stringNode => stringNode.Value,
            IntValueNode intNode => intNode.Value,
            _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {ValuePrinter.Print(valueNode)}"),
        };

    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value);
        return IsIntegerText(text) ? new IntValueNode(text) : new StringValueNode(text);
    }

    private static string IntegerText(object value, double number) => value switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong ul => ul.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString("0", CultureInfo.InvariantCulture),
        _ => Inspector.FormatNumber(number),
    };

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && (digits.Length == 1 || digits[0] != '0') && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
