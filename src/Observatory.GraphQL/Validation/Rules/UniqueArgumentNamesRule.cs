using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Sdl;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.2 Argument Uniqueness: a field or directive must not be given the same argument twice.
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule, ISdlValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public AstVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is not null)
            {
                foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Skip(1).Any())
                    {
                        context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
