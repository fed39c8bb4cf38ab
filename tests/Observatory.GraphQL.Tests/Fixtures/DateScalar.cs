using System.Globalization;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Fixtures;

/// <summary>A custom scalar for tests: ISO dates as strings, <see cref="DateOnly"/> inside.</summary>
public sealed class DateScalar() : ScalarType("Date", "An ISO-8601 calendar date.", "https://tools.ietf.org/html/rfc3339")
{
    public override object Serialize(object value) => value is DateOnly date
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : throw new GraphQLException("Date cannot represent a non-date value.");

    public override object ParseValue(object value) => Parse(Observatory.GraphQL.Utilities.JsonValues.ToClr(value) as string);

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        Parse((valueNode as StringValueNode)?.Value);

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    private static DateOnly Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLException($"Date cannot represent value: {text ?? "null"}");
}
