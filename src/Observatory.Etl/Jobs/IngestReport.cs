namespace Observatory.Etl.Jobs;

/// <summary>One ingest run: its id, its files and the manifest written under <c>runs/</c>.</summary>
public sealed record IngestReport(string RunId, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<IngestFileResult> Files, string ManifestPath)
{
    /// <summary>What the run found and cleaned of earlier killed runs before its first file.</summary>
    public Recovery.RecoveryReport? Recovery { get; init; }

    /// <summary>True when no file was rejected (exit code 0).</summary>
    public bool Succeeded => Files.All(f => f.Status != IngestStatus.Rejected);
}
