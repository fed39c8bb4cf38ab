namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
public sealed record ScalarTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Directives,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>ScalarTypeExtension : extend scalar Name Directives[Const]</c></summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Directives,
        _ => throw BadSlot(index),
    };
}
