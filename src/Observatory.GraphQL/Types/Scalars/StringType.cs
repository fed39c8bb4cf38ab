using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>: UTF-8 text.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override object Serialize(object value)
    {
        value = JsonValues.ToClr(value) ?? value;
        return value switch
        {
            string text => text,
            char c => c.ToString(),
            bool flag => flag ? "true" : "false",
            Enum clrEnum => clrEnum.ToString(),
            _ when Numbers.TryGetDouble(value, out var number) && double.IsFinite(number) => Inspector.FormatNumber(number),
            _ => throw new GraphQLException($"String cannot represent value: {Inspector.Inspect(value)}"),
        };
    }

    public override object ParseValue(object value) =>
        JsonValues.ToClr(value) is string text
            ? text
            : throw new GraphQLException($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode stringNode
            ? stringNode.Value
            : throw new GraphQLException($"String cannot represent a non string value: {ValuePrinter.Print(valueNode)}");
}
