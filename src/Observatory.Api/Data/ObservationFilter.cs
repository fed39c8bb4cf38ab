namespace Observatory.Api.Data;

/// <summary>Which observations to return (GraphQL <c>ObservationFilter</c>, or the export query string).</summary>
public sealed record ObservationFilter
{
    public IReadOnlyList<string> Indicators { get; init; } = [];

    public IReadOnlyList<string> Metiers { get; init; } = [];

    public IReadOnlyList<string> Territories { get; init; } = [];

    /// <summary>NAT, REG or DEP; null for every level.</summary>
    public string? Level { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>Warehouse statuses (lower case: ok, secret…).</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
}

/// <summary>One sort key of the observations.</summary>
public sealed record ObservationOrder(string Field, bool Descending);
