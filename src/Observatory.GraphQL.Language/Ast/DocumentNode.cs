namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Document : Definition+</c></summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : Node
{
    public override NodeKind Kind => NodeKind.Document;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Definitions : throw BadSlot(index);
}
