namespace Observatory.GraphQL.Language.Ast;

/// <summary>
/// Structural comparison of AST trees that ignores <see cref="Node.Location"/> and compares lists element by
/// element. Object fields are compared in order (the spec's order-insensitive argument comparison is the
/// validator's concern).
/// </summary>
public sealed class AstEquality : IEqualityComparer<Node>
{
    /// <summary>The shared instance.</summary>
    public static readonly AstEquality Instance = new();

    private AstEquality()
    {
    }

    /// <summary>True when both trees have the same shape, kinds, names, literal texts and flags.</summary>
    public static bool AreEqual(Node? left, Node? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Kind != right.Kind || !left.ScalarsEqual(right))
        {
            return false;
        }

        var count = left.SlotCount;
        for (var i = 0; i < count; i++)
        {
            if (!SlotsEqual(left.GetSlot(i), right.GetSlot(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A structural hash consistent with <see cref="AreEqual"/>.</summary>
    public static int Hash(Node? node)
    {
        if (node is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(node.Kind);
        hash.Add(node.ScalarsHash());
        var count = node.SlotCount;
        for (var i = 0; i < count; i++)
        {
            switch (node.GetSlot(i))
            {
                case Node child:
                    hash.Add(Hash(child));
                    break;
                case IReadOnlyList<Node> list:
                    hash.Add(list.Count);
                    foreach (var item in list)
                    {
                        hash.Add(Hash(item));
                    }

                    break;
                default:
                    hash.Add(-1);
                    break;
            }
        }

        return hash.ToHashCode();
    }

    public bool Equals(Node? x, Node? y) => AreEqual(x, y);

    public int GetHashCode(Node obj) => Hash(obj);

    private static bool SlotsEqual(object? left, object? right)
    {
        switch (left)
        {
            case null:
                return right is null;
            case Node leftNode:
                return right is Node rightNode && AreEqual(leftNode, rightNode);
            case IReadOnlyList<Node> leftList:
                if (right is not IReadOnlyList<Node> rightList || leftList.Count != rightList.Count)
                {
                    return false;
                }

                for (var i = 0; i < leftList.Count; i++)
                {
                    if (!AreEqual(leftList[i], rightList[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
