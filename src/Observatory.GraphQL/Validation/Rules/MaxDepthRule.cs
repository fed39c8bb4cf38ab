using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Internal;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec (limit, graphql-depth-limit semantics): an operation's field nesting, fragments expanded and
/// introspection fields ignored, must not exceed the maximum depth; root fields are at depth 0.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : IValidationRule
{
    public int MaxDepth { get; } = maxDepth;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : AstVisitor
    {
        // Height of a selection set: 0 when it has no nested selection sets, else 1 + the deepest child's height.
        private readonly FragmentMeasure _height = new(context, Height);

        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var depth = _height.Measure(operation.SelectionSet);
                    if (depth > maxDepth)
                    {
                        context.ReportError($"'{operation.Name?.Value}' exceeds maximum operation depth of {maxDepth}", operation);
                    }

                    return VisitAction.Skip;
                case FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }

        private static long Height(FragmentMeasure measure, SelectionSetNode selectionSet)
        {
            long height = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var child = selection switch
                {
                    FieldNode { SelectionSet: { } nested } field when !field.Name.Value.StartsWith("__", StringComparison.Ordinal) =>
                        1 + measure.Measure(nested),
                    InlineFragmentNode inline => measure.Measure(inline.SelectionSet),
                    FragmentSpreadNode spread => measure.MeasureFragment(spread.Name.Value),
                    _ => 0,
                };
                height = Math.Max(height, child);
            }

            return height;
        }
    }
}
