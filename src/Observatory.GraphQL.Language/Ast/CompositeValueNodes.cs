namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c></summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Values : throw BadSlot(index);
}

/// <summary><c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c></summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Fields : throw BadSlot(index);
}

/// <summary><c>ObjectField[Const] : Name : Value[?Const]</c></summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Value,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>Variable : $ Name</c></summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Name : throw BadSlot(index);
}
