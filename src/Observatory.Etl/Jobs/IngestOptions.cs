using Observatory.Core.Home;

namespace Observatory.Etl.Jobs;

/// <summary>Settings of one ingest run.</summary>
public sealed record IngestOptions
{
    public required DataHome Home { get; init; }

    /// <summary>The <c>schemas/</c> directory; null = <see cref="Core.Reference.SchemasDirectory.Locate"/>.</summary>
    public string? SchemasDirectory { get; init; }

    /// <summary>Source id forced with <c>--source</c>; null = detect from headers.</summary>
    public string? ForcedSource { get; init; }

    /// <summary>Located issues kept per file (all rejected rows are still quarantined).</summary>
    public int MaxIssuesPerFile { get; init; } = 100;

    public IIngestObserver? Observer { get; init; }

    /// <summary>
    /// Whether plain CSV files (no quotes, no blank lines, constant field count, clean encoding) are
    /// read, typed and checked by DuckDB in bulk; same results as the row pass, which every other
    /// file takes. False forces the row pass (used by tests to compare both).
    /// </summary>
    public bool BulkCsv { get; init; } = true;

    /// <summary>
    /// In the bulk pass, the most distinct texts one cell may have for the C# scan to number them
    /// (and for DuckDB to store them as an ENUM); above it the file is read by DuckDB alone and the
    /// cell kept as text. Tests lower it to exercise that path.
    /// </summary>
    public int BulkMaxDistinct { get; init; } = 1_000_000;
}
