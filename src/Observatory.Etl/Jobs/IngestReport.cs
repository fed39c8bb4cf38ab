namespace Observatory.Etl.Jobs;

/// <summary>One ingest run: its id, its files and the manifest written under <c>runs/</c>.</summary>
public sealed record IngestReport(string RunId, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<IngestFileResult> Files, string ManifestPath)
{
    /// <summary>True when no file was rejected (exit code 0).</summary>
    public bool Succeeded => Files.All(f => f.Status != IngestStatus.Rejected);
}
