using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.3 Required Arguments: every non-null argument without a default must be given.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] = directive.Arguments
                    .Where(a => a.IsRequired)
                    .Select(a => (a.Name, a.Type.ToString() ?? ""))
                    .ToList();
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _requiredDirectiveArguments[directive.Name.Value] = directive.Arguments
                        .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                        .ToList();
                }
            }
        }

        public override VisitAction Leave(Node node)
        {
            switch (node)
            {
                case FieldNode field when _context.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.IsRequired && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                        {
                            _context.ReportError(
                                $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                field);
                        }
                    }

                    break;
                case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (!directive.Arguments.Any(a => a.Name.Value == name))
                        {
                            _context.ReportError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                directive);
                        }
                    }

                    break;
                default:
                    break;
            }

            return VisitAction.Continue;
        }
    }
}
