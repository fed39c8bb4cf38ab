using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Validation.Tests;

/// <summary>
/// A custom scalar that accepts every literal, like a scalar rebuilt by graphql-js <c>buildClientSchema</c>, so both
/// validators agree on it.
/// </summary>
public sealed class AnyLiteralScalar() : ScalarType("Date", "A calendar date, as written by the client.", "https://tools.ietf.org/html/rfc3339")
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValuePrinter.Print(valueNode);
}
