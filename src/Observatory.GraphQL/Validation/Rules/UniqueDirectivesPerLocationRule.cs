using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.3 Directives Are Unique per Location: a non-repeatable directive may appear at most once per location. In
/// SDL, a schema and its extensions are one location, and so are a type and its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

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
                if (!context.Directives.TryGetValue(name, out var known) || known.IsRepeatable)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
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
