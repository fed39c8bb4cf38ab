namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
public sealed record FieldDefinitionNode(
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : Node
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Arguments,
        3 => Type,
        4 => Directives,
        _ => throw BadSlot(index),
    };
}
