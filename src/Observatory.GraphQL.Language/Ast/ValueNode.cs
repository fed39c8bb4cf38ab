namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
/// | ListValue[?Const] | ObjectValue[?Const]</c>
/// </summary>
public abstract record ValueNode : Node
{
    private protected ValueNode()
    {
    }
}
