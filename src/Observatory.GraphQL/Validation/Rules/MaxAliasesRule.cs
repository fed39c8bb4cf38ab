using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec (limit against alias overloading, CVE-2024-39895): an operation may use at most the maximum
/// number of aliases, each fragment counted once per spread.
/// </summary>
public sealed class MaxAliasesRule(int maxAliases) : IValidationRule
{
    public int MaxAliases { get; } = maxAliases;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : AstVisitor
    {
        private readonly FragmentMeasure _aliases = new(context, Count);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var count = _aliases.Measure(operation.SelectionSet);
                    if (count > maxAliases)
                    {
                        var name = operation.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The anonymous operation";
                        context.ReportError($"{name} uses {count} aliases, more than the maximum of {maxAliases}.", operation);
                    }

                    return VisitAction.Skip;
                case FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }

        private static long Count(FragmentMeasure measure, SelectionSetNode selectionSet)
        {
            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count = checked(count + selection switch
                {
                    FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is { } nested ? measure.Measure(nested) : 0),
                    InlineFragmentNode inline => measure.Measure(inline.SelectionSet),
                    FragmentSpreadNode spread => measure.MeasureFragment(spread.Name.Value),
                    _ => 0,
                });
            }

            return count;
        }
    }
}
