namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>The anonymous audit and one analyst audit per department of the build.</summary>
public sealed record DisclosureAuditReport
{
    public required DisclosureAuditResult Anonymous { get; init; }

    /// <summary>One result per department present in <c>pub.indicator_values</c>, keyed by DEP code.</summary>
    public required IReadOnlyDictionary<string, DisclosureAuditResult> Analysts { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>True when neither the anonymous caller nor any analyst recovers a hidden cell.</summary>
    public bool Passed => Anonymous.Passed && Analysts.Values.All(result => result.Passed);

    /// <summary>
    /// Every recovered number once: the anonymous ones, then each analyst's beyond them (the first analyst who
    /// recovers it), for listing the failing cells.
    /// </summary>
    public IEnumerable<(string? KnownDepartment, RecoveredCell Cell)> AllRecovered()
    {
        var seen = new HashSet<(string, string, string, string, string, string)>();
        foreach (var (department, result) in Analysts.Select(a => ((string?)a.Key, a.Value)).Prepend((null, Anonymous)))
        {
            foreach (var cell in result.Recovered)
            {
                if (seen.Add((cell.Indicator, cell.Metier, cell.TerritoryLevel, cell.Territory, cell.Period, cell.Field)))
                {
                    yield return (department, cell);
                }
            }
        }
    }
}
