namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>Name :: NameStart NameContinue*</c></summary>
public sealed record NameNode(string Value) : Node
{
    public override NodeKind Kind => NodeKind.Name;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => string.Equals(Value, ((NameNode)other).Value, StringComparison.Ordinal);

    internal override int ScalarsHash() => StringComparer.Ordinal.GetHashCode(Value);
}
