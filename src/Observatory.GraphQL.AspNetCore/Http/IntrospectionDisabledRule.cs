using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Production switch: refuses <c>__schema</c> and <c>__type</c> anywhere in the document (fragments included) with
/// a validation error; <c>__typename</c> stays allowed.
/// </summary>
public sealed class IntrospectionDisabledRule : IValidationRule
{
    public const string Message = "GraphQL introspection is not allowed, but the query contained __schema or __type.";

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field)
            {
                context.ReportError(Message, field);
                return VisitAction.Skip;
            }

            return VisitAction.Continue;
        }
    }
}
