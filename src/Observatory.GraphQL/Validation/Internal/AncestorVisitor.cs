using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>Keeps the context's ancestor stack in step with the traversal around the rules' visitor (SDL validation).</summary>
internal sealed class AncestorVisitor(AstValidationContext context, AstVisitor inner) : AstVisitor
{
    public override VisitAction Enter(Node node)
    {
        var action = inner.Enter(node);
        if (action != VisitAction.Skip)
        {
            context.PushAncestor(node);
        }

        return action;
    }

    public override VisitAction Leave(Node node)
    {
        context.PopAncestor();
        return inner.Leave(node);
    }
}
