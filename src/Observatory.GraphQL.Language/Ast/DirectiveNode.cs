namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Directive[Const] : @ Name Arguments[?Const]?</c></summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : Node
{
    public override NodeKind Kind => NodeKind.Directive;

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Arguments,
        _ => throw BadSlot(index),
    };
}
