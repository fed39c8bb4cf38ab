namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>;
/// <see cref="Locations"/> hold the location names as written (e.g. <c>FIELD_DEFINITION</c>).
/// </summary>
public sealed record DirectiveDefinitionNode(
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations,
    StringValueNode? Description = null) : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Description,
        1 => Name,
        2 => Arguments,
        3 => Locations,
        _ => throw BadSlot(index),
    };

    internal override bool ScalarsEqual(Node other) => Repeatable == ((DirectiveDefinitionNode)other).Repeatable;

    internal override int ScalarsHash() => Repeatable ? 1 : 0;
}
