using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is not DocumentNode document)
            {
                return VisitAction.Continue;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    _ => "\"" + DefinitionName(definition) + "\"",
                };
                context.ReportError($"The {name} definition is not executable.", definition);
            }

            return VisitAction.Skip;
        }

        private static string DefinitionName(DefinitionNode definition) => definition switch
        {
            TypeDefinitionNode type => type.Name.Value,
            TypeExtensionNode extension => extension.Name.Value,
            DirectiveDefinitionNode directive => directive.Name.Value,
            _ => "",
        };
    }
}
