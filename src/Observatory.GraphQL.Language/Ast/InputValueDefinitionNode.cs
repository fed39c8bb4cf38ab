namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c></summary>
public sealed record InputValueDefinitionNode(
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Type,
        3 => DefaultValue,
        4 => Directives,
        _ => throw BadSlot(index),
    };
}
