namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Type : NamedType | ListType | NonNullType</c></summary>
public abstract record TypeNode : Node
{
    private protected TypeNode()
    {
    }
}

/// <summary><c>NamedType : Name</c></summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Name : throw BadSlot(index);
}

/// <summary><c>ListType : [ Type ]</c></summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Type : throw BadSlot(index);
}

/// <summary><c>NonNullType : NamedType ! | ListType !</c>; <see cref="Type"/> is never a <see cref="NonNullTypeNode"/>.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Type : throw BadSlot(index);
}
