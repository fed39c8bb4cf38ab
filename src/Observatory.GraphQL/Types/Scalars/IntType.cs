using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        double number;
        switch (value)
        {
            case int i:
                return i;
            case bool flag:
                return flag ? 1 : 0;
            case string text when text.Length > 0:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    throw NonInteger(value);
                }

                break;
            default:
                if (!Numbers.TryGetDouble(value, out number))
                {
                    throw NonInteger(value);
                }

                break;
        }

        if (!Numbers.IsInteger(number))
        {
            throw NonInteger(value);
        }

        return number is > int.MaxValue or < int.MinValue ? throw OutOfRange(Inspector.Inspect(value)) : (int)number;
    }

    public override object ParseValue(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        if (value is bool or string || !Numbers.TryGetDouble(value, out var number) || !Numbers.IsInteger(number))
        {
            throw NonInteger(value);
        }

        return number is > int.MaxValue or < int.MinValue ? throw OutOfRange(Inspector.Inspect(value)) : (int)number;
    }

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {ValuePrinter.Print(valueNode)}");
        }

        return int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw OutOfRange(intNode.Value);
    }

    private static GraphQLException NonInteger(object value) =>
        new($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");

    private static GraphQLException OutOfRange(string text) =>
        new($"Int cannot represent non 32-bit signed integer value: {text}");
}
