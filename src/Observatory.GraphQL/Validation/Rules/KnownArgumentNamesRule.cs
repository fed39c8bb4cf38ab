using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.1 Argument Names: every argument must be defined by the field or directive it is given to.
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _directiveArguments[directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
                }
            }
        }

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);
                    return VisitAction.Skip;
                case ArgumentNode argument
                    when _context.Argument is null && _context.FieldDefinition is { } field && _context.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
                    _context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                    return VisitAction.Continue;
                default:
                    return VisitAction.Continue;
            }
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (!known.Contains(name))
                {
                    _context.ReportError(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(Suggestions.List(name, known)),
                        argument);
                }
            }
        }
    }
}
