using Observatory.Core.Home;
using Observatory.Core.Reference;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;
using Observatory.Etl.Landing;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Jobs;

/// <summary>What every file of a run shares: the data home, contracts, reference lists, the in-memory DuckDB connection and the run id.</summary>
internal sealed class IngestSession
{
    public required DataHome Home { get; init; }

    public required string RunId { get; init; }

    public required ContractCatalog Contracts { get; init; }

    public required ReferenceCatalog Reference { get; init; }

    public required SourceDetector Detector { get; init; }

    public required RawStore Raw { get; init; }

    public required DuckDbConnection Connection { get; init; }

    public string? ForcedSource { get; init; }

    public int MaxIssues { get; init; } = 100;

    /// <summary>Whether plain CSV files take the bulk pass (see <see cref="IngestOptions.BulkCsv"/>).</summary>
    public bool BulkCsv { get; init; } = true;

    /// <summary>See <see cref="IngestOptions.BulkMaxDistinct"/>.</summary>
    public int BulkMaxDistinct { get; init; } = 1_000_000;

    public IIngestObserver? Observer { get; init; }

    public string StagingRoot => Path.Combine(LakeCommitter.TempRoot(Home), RunId);

    public string QuarantineDirectory => Path.Combine(Home.QuarantineDirectory, RunId);
}
