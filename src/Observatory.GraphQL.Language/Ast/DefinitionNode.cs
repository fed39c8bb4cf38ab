namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c></summary>
public abstract record DefinitionNode : Node
{
    private protected DefinitionNode()
    {
    }
}

/// <summary><c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c></summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    private protected ExecutableDefinitionNode()
    {
    }

    /// <summary>Variable definitions (always empty for a fragment unless fragment variables are parsed).</summary>
    public abstract IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract SelectionSetNode SelectionSet { get; init; }

    public abstract StringValueNode? Description { get; init; }
}

/// <summary><c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c></summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode
{
    private protected TypeSystemDefinitionNode()
    {
    }
}

/// <summary><c>TypeSystemExtension : SchemaExtension | TypeExtension</c></summary>
public abstract record TypeSystemExtensionNode : DefinitionNode
{
    private protected TypeSystemExtensionNode()
    {
    }
}
