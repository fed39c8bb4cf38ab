using System.Globalization;
using System.Numerics;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>
/// A signed 64-bit integer serialized as a JSON string (JSON numbers lose precision past 2^53), for database
/// BIGINT columns. Input accepts strings of digits, integer literals and exactly-representable JSON integers;
/// resolvers receive a <see cref="long"/>.
/// </summary>
public sealed class LongType(string name = "Long", string? description = "A signed 64-bit integer, serialized as a string.", string? specifiedByUrl = null)
    : ScalarType(name, description, specifiedByUrl)
{
    private const double MaxSafeInteger = 9007199254740991;

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            long or int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            ulong or Int128 or UInt128 or BigInteger => InRange(value),
            decimal m when decimal.Truncate(m) == m => InRange(new BigInteger(m)),
            string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed.ToString(CultureInfo.InvariantCulture),
            _ => throw NonInteger(value),
        };
    }

    public override object ParseValue(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            long l => l,
            int i => (long)i,
            double d when Numbers.IsInteger(d) && Math.Abs(d) <= MaxSafeInteger => (long)d,
            string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw NonInteger(value),
        };
    }

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = valueNode switch
        {
            IntValueNode intNode => intNode.Value,
            StringValueNode stringNode => stringNode.Value,
            _ => null,
        };
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new GraphQLException($"{Name} cannot represent non 64-bit signed integer value: {ValuePrinter.Print(valueNode)}");
    }

    private string InRange(object value)
    {
        var integer = value switch
        {
            ulong ul => new BigInteger(ul),
            Int128 i => (BigInteger)i,
            UInt128 u => (BigInteger)u,
            _ => (BigInteger)value,
        };
        return integer >= long.MinValue && integer <= long.MaxValue
            ? integer.ToString(CultureInfo.InvariantCulture)
            : throw new GraphQLException($"{Name} cannot represent non 64-bit signed integer value: {integer.ToString(CultureInfo.InvariantCulture)}");
    }

    private GraphQLException NonInteger(object value) => new($"{Name} cannot represent non-integer value: {Inspector.Inspect(value)}");
}
