namespace Observatory.Warehouse.Status;

/// <summary>
/// The state of a data home for <c>observatory status</c>: what the lake holds per source, the ingest
/// runs, and the published build. Read from the files only (<c>lake/*/_loads.json</c>, the partitions,
/// <c>runs/*.json</c>, <c>warehouse/current</c>); the published build is opened read-only.
/// </summary>
public sealed record HomeStatus
{
    public required string Home { get; init; }

    /// <summary>When the status was read (ages are counted from it).</summary>
    public required DateTimeOffset ReadAt { get; init; }

    /// <summary>Every source found in the lake or in a run, by name.</summary>
    public required IReadOnlyList<SourceStatus> Sources { get; init; }

    /// <summary>The ingest runs, most recent first.</summary>
    public required IReadOnlyList<RunStatus> Runs { get; init; }

    /// <summary>The published build, or null when nothing was published.</summary>
    public PublishedBuildStatus? Build { get; init; }

    /// <summary>Why <see cref="Build"/> is null although a pointer exists (a broken pointer), in French.</summary>
    public string? BuildProblem { get; init; }

    /// <summary>Build files in <c>warehouse/builds</c>, oldest first.</summary>
    public required IReadOnlyList<KeptBuild> KeptBuilds { get; init; }

    /// <summary>True when the home has neither lake data, runs, nor a build.</summary>
    public bool IsEmpty => Sources.Count == 0 && Runs.Count == 0 && Build is null && KeptBuilds.Count == 0;
}

/// <summary>One source of the lake: its vintages and partitions, freshness and quarantine counts.</summary>
public sealed record SourceStatus
{
    public required string Source { get; init; }

    /// <summary>The <c>vintage=</c> partitions holding data (sorted).</summary>
    public required IReadOnlyList<string> Vintages { get; init; }

    /// <summary>Partition folders (or files) holding Parquet data.</summary>
    public int Partitions { get; init; }

    /// <summary>Raw files registered in <c>_loads.json</c>.</summary>
    public int LoadedFiles { get; init; }

    /// <summary>Rows in the lake according to the registry (accepted rows of the registered loads).</summary>
    public long LakeRows { get; init; }

    /// <summary>Start of the last ingest run that loaded a file of this source.</summary>
    public DateTimeOffset? LastLoadedAt { get; init; }

    public string? LastRunId { get; init; }

    /// <summary>Days between <see cref="LastLoadedAt"/> and the status time.</summary>
    public double? AgeDays { get; init; }

    /// <summary>Rows sent to quarantine by every run for this source.</summary>
    public long QuarantinedRows { get; init; }

    /// <summary>Files of this source rejected whole by a run.</summary>
    public int RejectedFiles { get; init; }
}

/// <summary>One ingest run (<c>runs/&lt;run&gt;.json</c>).</summary>
public sealed record RunStatus
{
    public required string RunId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int Files { get; init; }

    public int LoadedFiles { get; init; }

    public int UnchangedFiles { get; init; }

    public int RejectedFiles { get; init; }

    public long RowsRead { get; init; }

    public long RowsAccepted { get; init; }

    public long RowsQuarantined { get; init; }

    /// <summary>
    /// <c>succeeded</c> (nothing rejected), <c>partial</c> (some files rejected), <c>failed</c> (all rejected), <c>empty</c>,
    /// <c>running</c> (under way), <c>interrupted</c> (killed: its files so far are listed), or <c>unreadable</c>.
    /// </summary>
    public required string Outcome { get; init; }
}

/// <summary>The build <c>warehouse/current</c> points at.</summary>
public sealed record PublishedBuildStatus
{
    /// <summary>The pointer's text: the path relative to <c>warehouse/</c>.</summary>
    public required string Pointer { get; init; }

    public required string Path { get; init; }

    public string? RunId { get; init; }

    public DateTimeOffset? BuiltAt { get; init; }

    public string? DuckDbVersion { get; init; }

    public long SizeBytes { get; init; }

    /// <summary>True when an ingest run loaded files after this build was made.</summary>
    public bool IsStale { get; init; }
}

/// <summary>A build file kept in <c>warehouse/builds</c>.</summary>
public sealed record KeptBuild(string FileName, long SizeBytes, bool IsCurrent);
