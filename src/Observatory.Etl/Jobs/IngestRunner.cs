using Observatory.Core.Home;
using Observatory.Core.Reference;
using Observatory.Core.Runs;
using Observatory.Core.Utility;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;
using Observatory.Etl.Landing;
using Observatory.Etl.Loading;
using Observatory.Etl.Recovery;
using Observatory.Etl.Testing;

namespace Observatory.Etl.Jobs;

/// <summary>
/// <c>observatory ingest</c>: takes the writer lock of the data home (a second writer fails at
/// once with <see cref="WriterLockedException"/>), completes or discards what a killed run left and
/// marks that run interrupted (<see cref="IngestRecovery"/>), writes its own manifest
/// <c>runs/&lt;run&gt;.json</c> as <c>running</c> before any file can reach the lake, ingests each file
/// in order with one in-memory DuckDB (logging each finished file, <see cref="RunFileLog"/>), then
/// completes the manifest.
/// </summary>
public static class IngestRunner
{
    /// <summary>File extensions picked up when a folder is given.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".xlsx", ".xlsm"];

    public static IngestReport Run(IReadOnlyList<string> paths, IngestOptions options)
    {
        Guard.NotNull(paths);
        Guard.NotNull(options);
        var schemas = options.SchemasDirectory ?? SchemasDirectory.Locate();
        var contracts = ContractCatalog.Load(schemas);
        if (options.ForcedSource is { } forced && contracts.Find(forced) is null)
        {
            throw new ArgumentException($"Unknown source '{forced}'.", nameof(options));
        }

        var files = ExpandPaths(paths);
        using var writerLock = WriterLock.Acquire(options.Home, "ingest");
        var raw = new RawStore(options.Home);
        var started = DateTimeOffset.UtcNow;
        var runId = RunId.New(started);
        var recovery = IngestRecovery.Run(options.Home, raw, runId, started);
        var manifestPath = Path.Combine(options.Home.RunsDirectory, runId + ".json");
        var fileLog = RunFileLog.PathFor(options.Home.RunsDirectory, runId);
        RunManifestWriter.WriteRunning(manifestPath, runId, started);
        using var database = DuckDbDatabase.Open(null, new DuckDbOptions());
        using var connection = database.Connect();
        var session = new IngestSession
        {
            Home = options.Home,
            RunId = runId,
            Contracts = contracts,
            Reference = ReferenceCatalog.Load(schemas),
            Detector = new SourceDetector(contracts),
            Raw = raw,
            Connection = connection,
            ForcedSource = options.ForcedSource,
            MaxIssues = options.MaxIssuesPerFile,
            BulkCsv = options.BulkCsv,
            BulkMaxDistinct = options.BulkMaxDistinct,
            Observer = options.Observer,
        };

        var results = new List<IngestFileResult>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            options.Observer?.FileStarted(i, files.Count, files[i]);
            var result = new FileIngestor(session, files[i]).Ingest();
            results.Add(result);
            RunFileLogWriter.Append(fileLog, result);
            options.Observer?.FileFinished(result);
        }

        LakeCommitter.Recover(options.Home);
        PausePoint.Reach("run-end");

        var report = new IngestReport(runId, started, DateTimeOffset.UtcNow, results, manifestPath) { Recovery = recovery };
        RunManifestWriter.Write(report);
        File.Delete(fileLog);
        return report;
    }

    /// <summary>Files as given, folders expanded to their CSV and XLSX files (recursively, in ordinal order).</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant(), StringComparer.Ordinal))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"No file or folder '{path}'.", path);
            }
        }

        return files;
    }
}
