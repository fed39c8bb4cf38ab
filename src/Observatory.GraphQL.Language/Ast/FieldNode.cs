namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c></summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    /// <summary>The response key: the alias if present, else the field name.</summary>
    public string ResponseName => (Alias ?? Name).Value;

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Alias,
        1 => Name,
        2 => Arguments,
        3 => Directives,
        4 => SelectionSet,
        _ => throw BadSlot(index),
    };
}
