namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>FragmentSpread : ... FragmentName Directives?</c></summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Directives,
        _ => throw BadSlot(index),
    };
}

/// <summary><c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c></summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TypeCondition,
        1 => Directives,
        2 => SelectionSet,
        _ => throw BadSlot(index),
    };
}

/// <summary>
/// <c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>.
/// <see cref="VariableDefinitions"/> is empty unless <c>ParserOptions.AllowFragmentVariables</c> is set.
/// </summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public override IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = VariableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    public override SelectionSetNode SelectionSet { get; init; } = SelectionSet;

    public override StringValueNode? Description { get; init; } = Description;

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => VariableDefinitions,
        3 => TypeCondition,
        4 => Directives,
        5 => SelectionSet,
        _ => throw BadSlot(index),
    };
}
