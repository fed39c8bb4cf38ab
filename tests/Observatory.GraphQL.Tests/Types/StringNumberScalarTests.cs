using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types.Scalars;

namespace Observatory.GraphQL.Tests.Types;

/// <summary>The string-serialized <see cref="LongType"/> and <see cref="DecimalType"/> scalars for database columns.</summary>
public class StringNumberScalarTests
{
    private static readonly LongType Long = new();
    private static readonly DecimalType Decimal = new();

    [Theory]
    [InlineData(9007199254740993L, "9007199254740993")]
    [InlineData(-5, "-5")]
    [InlineData("42", "42")]
    public void Long_Serialize_ReturnsInvariantString(object value, string expected) => Assert.Equal(expected, Long.Serialize(value));

    [Fact]
    public void Long_SerializeHugeValue_Throws() =>
        Assert.Equal("Long cannot represent non 64-bit signed integer value: 18446744073709551615", Assert.Throws<GraphQLException>(() => Long.Serialize(ulong.MaxValue)).Message);

    [Theory]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData(12L, 12L)]
    public void Long_ParseValue_ReturnsLong(object value, long expected) => Assert.Equal(expected, Long.ParseValue(value));

    [Theory]
    [InlineData("1.5")]
    [InlineData("abc")]
    public void Long_ParseValueNonInteger_Throws(string value) => Assert.Throws<GraphQLException>(() => Long.ParseValue(value));

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("\"-3\"", -3L)]
    public void Long_ParseLiteral_AcceptsIntAndStringLiterals(string literal, long expected) => Assert.Equal(expected, Long.ParseLiteral(Parser.ParseValue(literal)));

    [Fact]
    public void Decimal_Serialize_KeepsScale() => Assert.Equal("12.50", Decimal.Serialize(12.50m));

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("3", "3")]
    [InlineData("\"2.25\"", "2.25")]
    public void Decimal_ParseLiteral_ReturnsDecimal(string literal, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Decimal.ParseLiteral(Parser.ParseValue(literal)));

    [Fact]
    public void Decimal_ParseValueBoolean_Throws() =>
        Assert.Equal("Decimal cannot represent non-decimal value: true", Assert.Throws<GraphQLException>(() => Decimal.ParseValue(true)).Message);
}
