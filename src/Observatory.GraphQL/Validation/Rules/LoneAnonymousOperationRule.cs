using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1 Lone Anonymous Operation: an anonymous operation must be the only operation of the document.
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private int _operationCount;

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }
    }
}
