namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
/// </summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>Never null for an operation (empty when there are no variables).</summary>
    public override IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = VariableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override SelectionSetNode SelectionSet { get; init; } = SelectionSet;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => VariableDefinitions,
        3 => Directives,
        4 => SelectionSet,
        _ => throw BadSlot(index),
    };

    internal override bool ScalarsEqual(Node other) => Operation == ((OperationDefinitionNode)other).Operation;

    internal override int ScalarsHash() => (int)Operation;
}
