using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields sharing a response name must be mergeable: same field and arguments when
/// their parents can coincide, and always the same response shape.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly FieldConflictFinder _finder = new(context);

        public override VisitAction Enter(Node node)
        {
            // Inline fragments are checked with their enclosing selection set; a lone field cannot conflict.
            if (node is not SelectionSetNode selectionSet
                || context.Parent is InlineFragmentNode
                || (selectionSet.Selections.Count == 0 || (selectionSet.Selections.Count == 1 && selectionSet.Selections[0] is not InlineFragmentNode)))
            {
                return VisitAction.Continue;
            }

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(
                    $"Fields \"{FieldConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2));
            }

            return VisitAction.Continue;
        }
    }
}
