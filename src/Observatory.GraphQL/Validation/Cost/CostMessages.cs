using System.Globalization;

namespace Observatory.GraphQL.Validation.Cost;

/// <summary>The messages of the cost limits (developer-facing, English).</summary>
public static class CostMessages
{
    /// <summary>The <c>extensions.code</c> of a request refused for its cost or field count.</summary>
    public const string CostLimitExceededCode = "COST_LIMIT_EXCEEDED";

    public static string CostExceeded(string operation, long cost, long maxCost) =>
        string.Create(CultureInfo.InvariantCulture, $"{operation} costs {cost}, more than the maximum cost of {maxCost}.");

    public static string FieldCountExceeded(string operation, long fieldCount, long maxFieldCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{operation} selects {fieldCount} fields, more than the maximum of {maxFieldCount}.");
}
