using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Schema: a document defines at most one schema, and a document extending a schema that is already
/// defined defines none (it may extend it).
/// </summary>
public sealed class LoneSchemaDefinitionRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly bool _alreadyDefined = context.SchemaToExtend?.IsSchemaDefined == true;
        private int _definitions;

        public override VisitAction Enter(Node node)
        {
            if (node is not SchemaDefinitionNode)
            {
                return VisitAction.Continue;
            }

            if (_alreadyDefined)
            {
                context.ReportError("Cannot define a new schema within a schema extension.", node);
                return VisitAction.Continue;
            }

            if (_definitions > 0)
            {
                context.ReportError("Must provide only one schema definition.", node);
            }

            _definitions++;
            return VisitAction.Continue;
        }
    }
}
