using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double-precision number.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        double number;
        switch (value)
        {
            case bool flag:
                return flag ? 1d : 0d;
            case string text when text.Length > 0:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    throw NonNumeric(value);
                }

                break;
            default:
                if (!Numbers.TryGetDouble(value, out number))
                {
                    throw NonNumeric(value);
                }

                break;
        }

        return double.IsFinite(number) ? number : throw NonNumeric(value);
    }

    public override object ParseValue(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        if (value is bool or string || !Numbers.TryGetDouble(value, out var number) || !double.IsFinite(number))
        {
            throw NonNumeric(value);
        }

        return number;
    }

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = valueNode switch
        {
            IntValueNode intNode => intNode.Value,
            FloatValueNode floatNode => floatNode.Value,
            _ => throw new GraphQLException($"Float cannot represent non numeric value: {ValuePrinter.Print(valueNode)}"),
        };
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number)
            ? number
            : throw new GraphQLException($"Float cannot represent non numeric value: {text}");
    }

    private static GraphQLException NonNumeric(object value) =>
        new($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
}
