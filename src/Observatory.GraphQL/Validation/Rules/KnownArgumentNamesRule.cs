using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.1 Argument Names: every argument must be defined by the field or directive it is given to. In SDL, only
/// directives are checked (graphql-js <c>KnownArgumentNamesOnDirectivesRule</c>).
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context, null);

    /// <summary>Checks directives through <paramref name="context"/>, and fields too when <paramref name="executable"/> is given.</summary>
    private sealed class Visitor(AstValidationContext context, ValidationContext? executable) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);
                    return VisitAction.Skip;
                case ArgumentNode argument
                    when executable is { Argument: null, FieldDefinition: { } field, ParentType: { } parentType }:
                    var name = argument.Name.Value;
                    var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
                    context.ReportError(
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
            if (!context.Directives.TryGetValue(directiveName, out var definition))
            {
                return;
            }

            var known = definition.Arguments.Select(a => a.Name).ToList();
            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (!known.Contains(name))
                {
                    context.ReportError(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(Suggestions.List(name, known)),
                        argument);
                }
            }
        }
    }
}
