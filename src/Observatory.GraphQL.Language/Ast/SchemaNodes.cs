namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
public sealed record SchemaDefinitionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    StringValueNode? Description = null) : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Directives,
        2 => OperationTypes,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Type : throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => Operation == ((OperationTypeDefinitionNode)other).Operation;

    internal override int ScalarsHash() => (int)Operation;
}

/// <summary>
/// <c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c>
/// </summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Directives,
        1 => OperationTypes,
        _ => throw BadSlot(index),
    };
}
