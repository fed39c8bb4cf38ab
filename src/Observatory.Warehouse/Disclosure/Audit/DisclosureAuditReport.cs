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
}
