namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
public sealed record InterfaceTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    StringValueNode? Description = null) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Interfaces,
        3 => Directives,
        4 => Fields,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</c></summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Interfaces,
        2 => Directives,
        3 => Fields,
        _ => throw BadSlot(index),
    };
}
