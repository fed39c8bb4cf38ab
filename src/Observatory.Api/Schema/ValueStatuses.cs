namespace Observatory.Api.Schema;

/// <summary>Warehouse statuses (lower case) ↔ GraphQL <c>ValueStatus</c> names; catalogue direction ↔ <c>Direction</c>.</summary>
public static class ValueStatuses
{
    public static readonly IReadOnlyList<string> Names = ["OK", "ROUNDED", "PROVISIONAL", "IMPUTED", "PARTIAL", "MISSING", "SECRET"];

    public static string ToGraphQL(string status) => status.ToUpperInvariant() switch
    {
        var known when Names.Contains(known) => known,
        _ => "MISSING",
    };

    public static string ToWarehouse(string name) => name.ToLowerInvariant();

    public static string? Direction(string? direction) => direction switch
    {
        "up" => "HIGHER_IS_TENSION",
        "down" => "LOWER_IS_TENSION",
        "none" => "NEUTRAL",
        _ => null,
    };
}
