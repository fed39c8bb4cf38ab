namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// Base of every AST node. Nodes are immutable records; compare trees with <see cref="AstEquality"/>,
/// which ignores locations and compares lists element by element (record equality compares lists by reference).
/// </summary>
public abstract record Node
{
    private protected Node()
    {
    }

    /// <summary>The kind of this node.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from; null when built in code or parsed with <c>NoLocation</c>.</summary>
    public Location? Location { get; init; }

    /// <summary>Number of child slots, in document order (see <see cref="GetSlot"/>).</summary>
    internal abstract int SlotCount { get; }

    /// <summary>
    /// A child slot: a <see cref="Node"/>, a list of nodes (<c>IReadOnlyList&lt;Node&gt;</c>), or null for an
    /// absent optional child. Used by the visitor and by <see cref="AstEquality"/>.
    /// </summary>
    internal abstract object? GetSlot(int index);

    /// <summary>Compares the non-node members (names, literal text, flags) of two nodes of the same kind.</summary>
    internal virtual bool ScalarsEqual(Node other) => true;

    /// <summary>Hash of the non-node members, consistent with <see cref="ScalarsEqual"/>.</summary>
    internal virtual int ScalarsHash() => 0;

    /// <summary>Prints the node as GraphQL text.</summary>
    public sealed override string ToString() => Printer.Print(this);

    private protected static ArgumentOutOfRangeException BadSlot(int index) =>
        new(nameof(index), index, "No such child slot.");
}
