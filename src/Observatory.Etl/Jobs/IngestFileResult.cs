using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// The outcome of one input file. <see cref="Read"/> = <see cref="Accepted"/> + <see cref="Quarantined"/>
/// always holds: accepted rows are in the lake, quarantined rows in the quarantine files.
/// </summary>
public sealed record IngestFileResult
{
    public required string Path { get; init; }

    public string? Source { get; init; }

    public string? Vintage { get; init; }

    public required string Sha256 { get; init; }

    public long Read { get; init; }

    public long Accepted { get; init; }

    public long Quarantined { get; init; }

    public required IngestStatus Status { get; init; }

    /// <summary>File-level reason code of a rejection (<c>etl.empty_file</c>…), else null.</summary>
    public string? Reason { get; init; }

    /// <summary>French explanation of <see cref="Reason"/>.</summary>
    public string? Message { get; init; }

    /// <summary>Located issues, capped per file.</summary>
    public IReadOnlyList<IngestIssue> Issues { get; init; } = [];

    /// <summary>Every issue counted by code (not capped).</summary>
    public IReadOnlyDictionary<string, long> IssueCounts { get; init; } = new Dictionary<string, long>();

    public string? QuarantineParquet { get; init; }

    public string? QuarantineCsv { get; init; }

    /// <summary>Lake partitions written (relative to <c>lake/&lt;source&gt;/</c>).</summary>
    public IReadOnlyList<string> Partitions { get; init; } = [];

    /// <summary>The code written in JSON and tables: <c>loaded</c>, <c>unchanged</c> or <c>rejected</c>.</summary>
    public string StatusCode => Status.ToString().ToLowerInvariant();
}
