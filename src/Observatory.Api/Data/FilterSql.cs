namespace Observatory.Api.Data;

/// <summary>
/// The WHERE conditions of an observation filter, built only from the filters that are set (a filter left empty adds
/// no condition, so DuckDB never evaluates <c>'' = ''</c> per row). Values are never inlined: each condition reads
/// its named parameter (<see cref="ObservationQueries.FilterParameters"/>); only fixed SQL text is chosen here.
/// </summary>
internal static class FilterSql
{
    private static readonly (string Parameter, string Condition)[] Conditions =
    [
        ("indicators", "list_contains(string_split($indicators, ','), indicator)"),
        ("metiers", "list_contains(string_split($metiers, ','), metier)"),
        ("territories", "list_contains(string_split($territories, ','), territory)"),
        ("level", "territory_level = $level"),
        ("from", "period >= $from"),
        ("to", "period <= $to"),
        ("statuses", "list_contains(string_split($statuses, ','), status)"),
    ];

    /// <summary>The conditions of the non-empty filter parameters joined by <c>and</c>; <c>true</c> when none is set.</summary>
    public static string Where(IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var set = Conditions
            .Where(c => parameters.GetValueOrDefault(c.Parameter) is string { Length: > 0 })
            .Select(c => c.Condition)
            .ToList();
        return set.Count == 0 ? "true" : string.Join("\n  and ", set);
    }
}
