namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
public sealed record UnionTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    StringValueNode? Description = null) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Directives,
        3 => Types,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</c></summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Directives,
        2 => Types,
        _ => throw BadSlot(index),
    };
}
