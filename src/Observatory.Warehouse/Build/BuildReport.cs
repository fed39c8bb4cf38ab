using Observatory.Warehouse.Disclosure;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Testing;

namespace Observatory.Warehouse.Build;

/// <summary>What one build did: models run, tests run and failed, and whether it was published.</summary>
public sealed record BuildReport
{
    public required string RunId { get; init; }

    /// <summary>The build file (deleted when the build failed).</summary>
    public required string BuildPath { get; init; }

    public bool Published { get; init; }

    /// <summary>Why the build stopped before its tests (a model or loading error), in English for logs.</summary>
    public string? Error { get; init; }

    public int Models { get; init; }

    public int TestsRun { get; init; }

    public IReadOnlyList<DataTestFailure> Failures { get; init; } = [];

    public IReadOnlyDictionary<string, long> SourceRows { get; init; } = new Dictionary<string, long>();

    /// <summary>Cells shown and hidden by each reason in the edition (pub.disclosure_summary).</summary>
    public DisclosureSummary Disclosure { get; init; } = DisclosureSummary.Empty;

    /// <summary>The disclosure audit of the edition (null when a blocking data test stopped the build first).</summary>
    public DisclosureAuditReport? DisclosureAudit { get; init; }

    public TimeSpan Elapsed { get; init; }

    public bool Succeeded => Published;
}
