using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Language.Visiting;

/// <summary>
/// A depth-first AST visitor: <see cref="Enter"/> before a node's children, <see cref="Leave"/> after them.
/// Children are visited in document order (description, name, arguments, directives, selection set, ...).
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitAction Enter(Node node) => VisitAction.Continue;

    public virtual VisitAction Leave(Node node) => VisitAction.Continue;
}
