using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.2 Variables Are Input Types: a variable's type must be a scalar, enum or input object (possibly wrapped).
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is VariableDefinitionNode definition
                && TypeReferences.Resolve(context.Schema, definition.Type) is { IsInputType: false })
            {
                context.ReportError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type);
            }

            return VisitAction.Continue;
        }
    }
}
