using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.1 Directives Are Defined and 5.7.2 Directives Are in Valid Locations: every directive must exist and be
/// allowed where it is used. In SDL, the directives are the built-in ones (or the extended schema's) and those the
/// document defines.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is not DirectiveNode directive)
            {
                return VisitAction.Continue;
            }

            var name = directive.Name.Value;
            if (!context.Directives.TryGetValue(name, out var definition))
            {
                context.ReportError($"Unknown directive \"@{name}\".", directive);
                return VisitAction.Continue;
            }

            if (LocationOf(context.Ancestors) is { } candidate && !definition.Locations.Contains(candidate))
            {
                context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", directive);
            }

            return VisitAction.Continue;
        }

        private static string? LocationOf(IReadOnlyList<Node> ancestors) => ancestors.Count == 0 ? null : ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
