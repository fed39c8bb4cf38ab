using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Type system, Field Arguments and Directives: the arguments of a field definition or of a directive definition
/// have unique names.
/// </summary>
public sealed class UniqueArgumentDefinitionNamesRule : ISdlValidationRule
{
    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case DirectiveDefinitionNode directive:
                    Check($"@{directive.Name.Value}", directive.Arguments);
                    return VisitAction.Skip;
                case ObjectTypeDefinitionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitAction.Skip;
                case ObjectTypeExtensionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitAction.Skip;
                case InterfaceTypeDefinitionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitAction.Skip;
                case InterfaceTypeExtensionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }

        private void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                Check($"{typeName}.{field.Name.Value}", field.Arguments);
            }
        }

        private void Check(string owner, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
            {
                if (group.Skip(1).Any())
                {
                    context.ReportError($"Argument \"{owner}({group.Key}:)\" can only be defined once.", group.Select(argument => argument.Name));
                }
            }
        }
    }
}
