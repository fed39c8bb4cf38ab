namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
public sealed record EnumTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    StringValueNode? Description = null) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Directives,
        3 => Values,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c></summary>
public sealed record EnumValueDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Directives,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</c></summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Directives,
        2 => Values,
        _ => throw BadSlot(index),
    };
}
