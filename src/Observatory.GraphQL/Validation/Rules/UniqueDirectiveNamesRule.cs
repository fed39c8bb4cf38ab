using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Directives: directive definitions have unique names, and a document extending a schema does not
/// redefine one of its directives (the built-in ones included).
/// </summary>
public sealed class UniqueDirectiveNamesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is not DirectiveDefinitionNode directive)
            {
                return VisitAction.Continue;
            }

            var name = directive.Name.Value;
            if (context.SchemaToExtend?.Directives.Any(existing => existing.Name == name) == true)
            {
                context.ReportError($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", directive.Name);
                return VisitAction.Continue;
            }

            if (_known.TryGetValue(name, out var first))
            {
                context.ReportError($"There can be only one directive named \"@{name}\".", first, directive.Name);
            }
            else
            {
                _known[name] = directive.Name;
            }

            return VisitAction.Skip;
        }
    }
}
