using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.3 Directives Are Unique per Location: a non-repeatable directive may appear at most once per location.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _unique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _unique[directive.Name.Value] = !directive.Repeatable;
                }
            }
        }

        public override VisitAction Enter(Node node)
        {
            var directives = DirectivesOf(node);
            if (directives is null)
            {
                return VisitAction.Continue;
            }

            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    if (!_typeDirectives.TryGetValue(typeName, out seen!))
                    {
                        seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                        _typeDirectives[typeName] = seen;
                    }

                    break;
                default:
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.GetValueOrDefault(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitAction.Continue;
        }

        private static IReadOnlyList<DirectiveNode>? DirectivesOf(Node node) => node switch
        {
            ExecutableDefinitionNode definition => definition.Directives,
            SelectionNode selection => selection.Directives,
            VariableDefinitionNode variable => variable.Directives,
            TypeDefinitionNode type => type.Directives,
            TypeExtensionNode extension => extension.Directives,
            SchemaDefinitionNode schema => schema.Directives,
            SchemaExtensionNode schema => schema.Directives,
            FieldDefinitionNode field => field.Directives,
            InputValueDefinitionNode input => input.Directives,
            EnumValueDefinitionNode value => value.Directives,
            _ => null,
        };
    }
}
