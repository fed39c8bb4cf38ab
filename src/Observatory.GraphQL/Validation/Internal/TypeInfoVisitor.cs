using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Internal;

/// <summary>
/// Keeps the <see cref="TypeInfo"/> and the ancestor stack in step with the traversal around the rules' visitor
/// (graphql-js <c>visitWithTypeInfo</c>). Descriptions are not visited, as in graphql-js <c>validate</c>.
/// </summary>
internal sealed class TypeInfoVisitor(ValidationContext context, TypeInfo typeInfo, AstVisitor inner) : AstVisitor
{
    public override VisitAction Enter(Node node)
    {
        if (node is StringValueNode && IsDescriptionOf(context.Parent, node))
        {
            return VisitAction.Skip;
        }

        typeInfo.Enter(node);
        var action = inner.Enter(node);
        if (action == VisitAction.Skip)
        {
            typeInfo.Leave(node);
            return action;
        }

        context.PushAncestor(node);
        return action;
    }

    public override VisitAction Leave(Node node)
    {
        context.PopAncestor();
        var action = inner.Leave(node);
        typeInfo.Leave(node);
        return action;
    }

    private static bool IsDescriptionOf(Node? parent, Node node) => parent switch
    {
        ExecutableDefinitionNode definition => ReferenceEquals(definition.Description, node),
        VariableDefinitionNode variable => ReferenceEquals(variable.Description, node),
        _ => false,
    };
}
