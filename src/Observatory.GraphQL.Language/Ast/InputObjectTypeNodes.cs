namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
public sealed record InputObjectTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    StringValueNode? Description = null) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Directives,
        3 => Fields,
        _ => throw BadSlot(index),
    };
}

/// <summary>
/// <c>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</c>
/// </summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public override NameNode Name { get; init; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Directives,
        2 => Fields,
        _ => throw BadSlot(index),
    };
}
