using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Language.Visiting;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.Validation.Rules;

/// <summary>
/// Not in the spec (limit, IBM cost spec flavoured): each operation's cost and expanded field count (see
/// <see cref="CostModel"/>), computed from the request's coerced variables over the fragment graph, must not exceed
/// the maxima. An operation whose variables do not coerce is skipped: execution rejects it before running anything.
/// Without variable values, variables take their defaults (or are absent).
/// </summary>
public sealed class CostLimitRule(long maxCost, long maxFieldCount, CostModel? model = null, object? variableValues = null) : IValidationRule
{
    public long MaxCost { get; } = maxCost;

    public long MaxFieldCount { get; } = maxFieldCount;

    public CostModel Model { get; } = model ?? CostModel.Default;

    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this, variableValues);

    private sealed class Visitor(ValidationContext context, CostLimitRule rule, object? variableValues) : AstVisitor
    {
        public override VisitAction Enter(Node node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    Check(operation);
                    return VisitAction.Skip;
                case FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        }

        private void Check(OperationDefinitionNode operation)
        {
            if (context.Schema.GetRootType(operation.Operation) is null
                || !CostAnalyzer.TryCoerceVariables(context.Schema, operation, variableValues, out var variables))
            {
                return;
            }

            var report = CostAnalyzer.Price(context.Schema, context.GetFragment, operation, variables, rule.Model);
            var name = operation.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The anonymous operation";
            if (report.Cost > rule.MaxCost)
            {
                context.ReportError(CostMessages.CostExceeded(name, report.Cost, rule.MaxCost), operation);
            }

            if (report.FieldCount > rule.MaxFieldCount)
            {
                context.ReportError(CostMessages.FieldCountExceeded(name, report.FieldCount, rule.MaxFieldCount), operation);
            }
        }
    }
}
