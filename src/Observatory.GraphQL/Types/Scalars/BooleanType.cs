using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c>.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            bool flag => flag,
            _ when value is not string && Numbers.TryGetDouble(value, out var number) && double.IsFinite(number) => number != 0,
            _ => throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
        };
    }

    public override object ParseValue(object value) =>
        JsonValues.ToClr(value) is bool flag
            ? flag
            : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode booleanNode
            ? booleanNode.Value
            : throw new GraphQLException($"Boolean cannot represent a non boolean value: {ValuePrinter.Print(valueNode)}");
}
