namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// <c>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition
/// | EnumTypeDefinition | InputObjectTypeDefinition</c>
/// </summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode()
    {
    }

    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract StringValueNode? Description { get; init; }
}

/// <summary>
/// <c>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension
/// | EnumTypeExtension | InputObjectTypeExtension</c>
/// </summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode()
    {
    }

    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
