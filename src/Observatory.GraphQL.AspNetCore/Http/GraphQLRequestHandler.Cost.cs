using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.AspNetCore.Http;

public sealed partial class GraphQLRequestHandler
{
    /// <summary>
    /// Prices the operation from the request's variables (coerced as execution will coerce them) and returns the
    /// <c>COST_LIMIT_EXCEEDED</c> request error when it costs or selects too much. Variables that do not coerce are
    /// left to the executor, which refuses them before running anything.
    /// </summary>
    private GraphQLError? CheckCost(DocumentNode document, OperationDefinitionNode operation, JsonElement? variables, ValidationLimits limits)
    {
        if (CostAnalyzer.Analyze(_schema, document, operation, variables, limits.CostModel) is not { } report)
        {
            return null;
        }

        var name = operation.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The anonymous operation";
        if (report.Cost > limits.MaxCost)
        {
            return CostError(CostMessages.CostExceeded(name, report.Cost, limits.MaxCost), operation, "cost", report.Cost, "maxCost", limits.MaxCost);
        }

        return report.FieldCount > limits.MaxFieldCount
            ? CostError(CostMessages.FieldCountExceeded(name, report.FieldCount, limits.MaxFieldCount), operation, "fieldCount", report.FieldCount, "maxFieldCount", limits.MaxFieldCount)
            : null;
    }

    private static GraphQLError CostError(string message, OperationDefinitionNode operation, string valueName, long value, string maxName, long max) =>
        new(message)
        {
            Locations = operation.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null,
            Extensions = GraphQLError.CodeExtensions(CostMessages.CostLimitExceededCode, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [valueName] = value,
                [maxName] = max,
            }),
        };
}
