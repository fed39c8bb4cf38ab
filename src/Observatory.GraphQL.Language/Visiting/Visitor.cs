using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Visiting;

/// <summary>Walks an AST depth-first, calling enter/leave callbacks (graphql-js <c>visit</c>, without edits).</summary>
public static class Visitor
{
    /// <summary>Visits <paramref name="root"/> and its descendants; returns false when a callback asked to break.</summary>
    public static bool Visit(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        return VisitNode(root, visitor);
    }

    /// <summary>Visits with delegates; either may be null.</summary>
    public static bool Visit(Node root, Func<Node, VisitAction>? enter, Func<Node, VisitAction>? leave = null) =>
        Visit(root, new DelegateVisitor(enter, leave));

    /// <summary>The node's direct children in document order (absent optional children left out).</summary>
    public static IEnumerable<Node> Children(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        for (var i = 0; i < node.SlotCount; i++)
        {
            switch (node.GetSlot(i))
            {
                case Node child:
                    yield return child;
                    break;
                case IReadOnlyList<Node> list:
                    foreach (var item in list)
                    {
                        yield return item;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool VisitNode(Node node, AstVisitor visitor)
    {
        var action = visitor.Enter(node);
        if (action == VisitAction.Break)
        {
            return false;
        }

        if (action == VisitAction.Skip)
        {
            return true;
        }

        var count = node.SlotCount;
        for (var i = 0; i < count; i++)
        {
            switch (node.GetSlot(i))
            {
                case Node child:
                    if (!VisitNode(child, visitor))
                    {
                        return false;
                    }

                    break;
                case IReadOnlyList<Node> list:
                    for (var j = 0; j < list.Count; j++)
                    {
                        if (!VisitNode(list[j], visitor))
                        {
                            return false;
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return visitor.Leave(node) != VisitAction.Break;
    }

    private sealed class DelegateVisitor(Func<Node, VisitAction>? enter, Func<Node, VisitAction>? leave) : AstVisitor
    {
        public override VisitAction Enter(Node node) => enter?.Invoke(node) ?? VisitAction.Continue;

        public override VisitAction Leave(Node node) => leave?.Invoke(node) ?? VisitAction.Continue;
    }
}
