using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.1.1 Operation Type Existence: the schema must define a root type for each operation's type. graphql-js 16
/// only fails at execution; this follows the spec (and graphql-js 17's wording) with a validation error.
/// </summary>
public sealed class KnownOperationTypesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    if (context.Schema.GetRootType(operation.Operation) is null)
                    {
                        var name = operation.Operation.ToString().ToLowerInvariant();
                        context.ReportError($"The {name} operation is not supported by the schema.", operation);
                    }

                    return VisitAction.Skip;
                case FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }
    }
}
