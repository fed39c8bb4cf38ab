namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>SelectionSet : { Selection+ }</c></summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Selections : throw BadSlot(index);
}
