using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.3 Leaf Field Selections: scalar and enum fields take no selection set; other fields require a non-empty one.
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            if (node is not FieldNode field || context.Type is not { } type)
            {
                return VisitAction.Continue;
            }

            var name = field.Name.Value;
            if (type.UnderlyingType.IsLeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
            }

            return VisitAction.Continue;
        }
    }
}
