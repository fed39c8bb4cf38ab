using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>
/// An exact decimal number serialized as a JSON string (<c>"12.50"</c> keeps its scale), for database
/// DECIMAL columns. Input accepts numeric strings, Int and Float literals and JSON numbers; resolvers receive
/// a <see cref="decimal"/>.
/// </summary>
public sealed class DecimalType(string name = "Decimal", string? description = "An exact decimal number, serialized as a string.", string? specifiedByUrl = null)
    : ScalarType(name, description, specifiedByUrl)
{
    private const double MaxDecimal = 7.9e28;

    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            long or int or short or byte or sbyte or ushort or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            double d when double.IsFinite(d) && Math.Abs(d) < MaxDecimal => ((decimal)d).ToString(CultureInfo.InvariantCulture),
            string text when decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var parsed) => parsed.ToString(CultureInfo.InvariantCulture),
            _ => throw NotDecimal(Inspector.Inspect(value)),
        };
    }

    public override object ParseValue(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            long l => (decimal)l,
            int i => (decimal)i,
            double d when double.IsFinite(d) && Math.Abs(d) < MaxDecimal => (decimal)d,
            string text when decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw NotDecimal(Inspector.Inspect(value)),
        };
    }

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = valueNode switch
        {
            IntValueNode intNode => intNode.Value,
            FloatValueNode floatNode => floatNode.Value,
            StringValueNode stringNode => stringNode.Value,
            _ => null,
        };
        return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw NotDecimal(ValuePrinter.Print(valueNode));
    }

    private GraphQLException NotDecimal(string value) => new($"{Name} cannot represent non-decimal value: {value}");
}
