using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Building;

/// <summary>
/// A custom scalar declared in SDL without an implementation: values pass through as graphql-js's default scalar
/// lets them (results as resolved, variables as read from JSON, literals as their untyped value). Give the builder a
/// <see cref="Types.ScalarType"/> of the same name to replace it.
/// </summary>
internal sealed class SdlScalarType(string name, string? description, string? specifiedByUrl)
    : Types.ScalarType(name, description, specifiedByUrl)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => JsonValues.ToClr(value) ?? value;

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        UntypedLiterals.ToValue(valueNode, variables) ?? throw new ArgumentException("A null literal has no scalar value.", nameof(valueNode));
}
