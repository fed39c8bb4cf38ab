using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Types;

/// <summary>Input and output coercion of the built-in scalars (graphql-js 16 rules, GRAPHQL-ENGINE.md §5).</summary>
public class ScalarCoercionTests
{
    public static TheoryData<string, object, object> SerializeAccepted => new()
    {
        { "Int", 1, 1 },
        { "Int", 7L, 7 },
        { "Int", 1.0, 1 },
        { "Int", true, 1 },
        { "Int", "12", 12 },
        { "Int", -2147483648L, int.MinValue },
        { "Float", 1, 1d },
        { "Float", 1.5m, 1.5 },
        { "Float", false, 0d },
        { "String", "a", "a" },
        { "String", true, "true" },
        { "String", 1.5, "1.5" },
        { "String", 3, "3" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "ID", "x", "x" },
        { "ID", 7, "7" },
        { "ID", 12345678901L, "12345678901" },
    };

    public static TheoryData<string, object, string> SerializeRejected => new()
    {
        { "Int", 1099511627776L, "Int cannot represent non 32-bit signed integer value: 1099511627776" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "Float", "x", "Float cannot represent non numeric value: \"x\"" },
        { "String", new object(), "String cannot represent value: System.Object" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    public static TheoryData<string, object, object> ParseValueAccepted => new()
    {
        { "Int", 1L, 1 },
        { "Int", 1.0, 1 },
        { "Int", -2147483648L, int.MinValue },
        { "Float", 1L, 1d },
        { "Float", 2.5, 2.5 },
        { "String", "s", "s" },
        { "Boolean", false, false },
        { "ID", "abc", "abc" },
        { "ID", 7L, "7" },
    };

    public static TheoryData<string, object, string> ParseValueRejected => new()
    {
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1", "Int cannot represent non-integer value: \"1\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Float", "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { "String", 1L, "String cannot represent a non string value: 1" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "Boolean", 1L, "Boolean cannot represent a non boolean value: 1" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", false, "ID cannot represent value: false" },
    };

    public static TheoryData<string, string, object> ParseLiteralAccepted => new()
    {
        { "Int", "-0", 0 },
        { "Int", "2147483647", int.MaxValue },
        { "Float", "1", 1d },
        { "Float", "1.5e3", 1500d },
        { "String", "\"s\"", "s" },
        { "Boolean", "true", true },
        { "ID", "7", "7" },
        { "ID", "\"7\"", "7" },
    };

    public static TheoryData<string, string, string> ParseLiteralRejected => new()
    {
        { "Int", "1.0", "Int cannot represent non-integer value: 1.0" },
        { "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "\"1\"", "Int cannot represent non-integer value: \"1\"" },
        { "Float", "\"1\"", "Float cannot represent non numeric value: \"1\"" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "[1]", "ID cannot represent a non-string and non-integer value: [1]" },
    };

    [Theory]
    [MemberData(nameof(SerializeAccepted))]
    public void Serialize_AcceptedValue_ReturnsCoerced(string scalar, object value, object expected) =>
        Assert.Equal(expected, Scalar(scalar).Serialize(value));

    [Theory]
    [MemberData(nameof(SerializeRejected))]
    public void Serialize_RejectedValue_ThrowsWithMessage(string scalar, object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => Scalar(scalar).Serialize(value)).Message);

    [Theory]
    [MemberData(nameof(ParseValueAccepted))]
    public void ParseValue_AcceptedValue_ReturnsCoerced(string scalar, object value, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseValue(value));

    [Theory]
    [MemberData(nameof(ParseValueRejected))]
    public void ParseValue_RejectedValue_ThrowsWithMessage(string scalar, object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => Scalar(scalar).ParseValue(value)).Message);

    [Theory]
    [MemberData(nameof(ParseLiteralAccepted))]
    public void ParseLiteral_AcceptedLiteral_ReturnsCoerced(string scalar, string literal, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [MemberData(nameof(ParseLiteralRejected))]
    public void ParseLiteral_RejectedLiteral_ThrowsWithMessage(string scalar, string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => Scalar(scalar).ParseLiteral(Parser.ParseValue(literal))).Message);

    [Fact]
    public void ParseValue_JsonElement_IsReadAsJsonValue()
    {
        using var document = System.Text.Json.JsonDocument.Parse("[1.0, \"a\"]");
        var items = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(1, BuiltInScalars.Int.ParseValue(items[0]));
        Assert.Equal("a", BuiltInScalars.String.ParseValue(items[1]));
    }

    private static ScalarType Scalar(string name) => BuiltInScalars.All.Single(s => s.Name == name);
}
