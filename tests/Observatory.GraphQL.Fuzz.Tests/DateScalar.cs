using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>A custom scalar holding an ISO date string; other literals and values are refused with a GraphQL error.</summary>
public sealed class DateScalar() : ScalarType("Date", "An ISO 8601 date.", null)
{
    public override object Serialize(object value) => value as string ?? throw new GraphQLException("Date cannot represent a non-string value.");

    public override object ParseValue(object value) => value as string ?? throw new GraphQLException("Date must be a string.");

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode text ? text.Value : throw new GraphQLException("Date must be a string.");
}
