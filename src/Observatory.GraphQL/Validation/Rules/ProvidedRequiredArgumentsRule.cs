using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.3 Required Arguments: every non-null argument without a default must be given. In SDL, only directives are
/// checked (graphql-js <c>ProvidedRequiredArgumentsOnDirectivesRule</c>).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context, null);

    /// <summary>Checks directives through <paramref name="context"/>, and fields too when <paramref name="executable"/> is given.</summary>
    private sealed class Visitor(AstValidationContext context, ValidationContext? executable) : AstVisitor
    {
        public override VisitAction Leave(Node node)
        {
            switch (node)
            {
                case FieldNode field when executable?.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.IsRequired && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                        {
                            context.ReportError(
                                $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                field);
                        }
                    }

                    break;
                case DirectiveNode directive when context.Directives.TryGetValue(directive.Name.Value, out var definition):
                    foreach (var argument in definition.Arguments)
                    {
                        if (argument.IsRequired && !directive.Arguments.Any(a => a.Name.Value == argument.Name))
                        {
                            context.ReportError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
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
