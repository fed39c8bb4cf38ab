namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Argument : Name : Value</c></summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node
{
    public override NodeKind Kind => NodeKind.Argument;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Value,
        _ => throw BadSlot(index),
    };
}
