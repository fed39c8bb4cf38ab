using System.Diagnostics;
using Observatory.Core.Home;
using Observatory.Core.Reference;
using Observatory.Core.Runs;
using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Indicators;
using Observatory.Warehouse.Lake;
using Observatory.Warehouse.Models;
using Observatory.Warehouse.Reference;
using Observatory.Warehouse.Testing;

namespace Observatory.Warehouse.Build;

/// <summary>
/// <c>observatory build</c>: under the writer lock, creates a new file <c>warehouse/builds/&lt;run&gt;.duckdb</c>,
/// copies the lake (<c>raw_*</c>), the code lists (<c>ref_*</c>) and the indicator catalogue into it, runs the
/// models in dependency order, writes the comments, runs the data tests, and only when no blocking test
/// fails publishes it by swapping <c>warehouse/current</c>. A failed build deletes its file and leaves the
/// published warehouse untouched. The file is written under a temporary name (<c>&lt;run&gt;.duckdb.building</c>)
/// and renamed once complete, so a killed build never looks like a kept build; the next build removes such leftovers.
/// A home whose lake holds nothing is refused (nothing to build from: ingest first).
/// </summary>
public static class WarehouseBuilder
{
    /// <summary>Set to 1, a build refused by its data tests or its disclosure audit keeps its file for inspection.</summary>
    public const string KeepRefusedVariable = "OBSERVATORY_KEEP_REFUSED_BUILD";

    /// <summary>The suffix of a build file being written.</summary>
    public const string BuildingSuffix = ".building";

    /// <exception cref="WriterLockedException">Another ingest or build holds the data home.</exception>
    /// <exception cref="ModelCatalogException">The model files are inconsistent (nothing was created).</exception>
    public static BuildReport Run(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var home = options.Home;
        using var writerLock = WriterLock.Acquire(home, "build");

        var schemas = options.SchemasDirectory ?? SchemasDirectory.Locate();
        var catalog = ModelCatalog.Load(options.EtlDirectory ?? EtlDirectory.Locate());
        _ = ModelGraph.Order(catalog.Models);
        var indicators = IndicatorCatalog.Load(schemas);

        var runId = RunId.New(DateTimeOffset.UtcNow);
        var path = Path.Combine(home.BuildsDirectory, runId + ".duckdb");
        var report = new BuildReport { RunId = runId, BuildPath = path };
        if (!LakeHoldsData(home))
        {
            return report with
            {
                Error = $"le lac de {home.Root} est vide : rien à construire. Intégrez d'abord des fichiers (« observatory ingest DOSSIER ») "
                    + "ou vérifiez le dossier de données (--home).",
                Elapsed = watch.Elapsed,
            };
        }

        Directory.CreateDirectory(home.BuildsDirectory);
        RemoveUnfinishedBuilds(home);
        var building = path + BuildingSuffix;
        try
        {
            report = Execute(options, building, report, schemas, catalog, indicators);
            File.Move(building, path);
        }
        catch (Exception ex) when (ex is DuckDbException or ModelRunException or IOException or InvalidDataException)
        {
            report = report with { Error = ex.Message };
        }

        if (report.Error is not null || report.Failures.Any(f => f.Blocking))
        {
            if (Environment.GetEnvironmentVariable(KeepRefusedVariable) == "1" && report.Error is null)
            {
                // for inspection: the refused file stays in builds/ (never published, pruned with the others)
                return report with { Elapsed = watch.Elapsed };
            }

            Discard(path);
            Discard(building);
            return report with { Elapsed = watch.Elapsed };
        }

        options.Observer?.StepStarted("publication");
        var previous = WarehousePublisher.Publish(home, path);
        WarehousePublisher.Prune(home, options.KeepBuilds, previous);
        return report with { Published = true, Elapsed = watch.Elapsed };
    }

    private static BuildReport Execute(BuildOptions options, string path, BuildReport report, string schemas, ModelCatalog catalog, IndicatorCatalog indicators)
    {
        var databaseOptions = new DuckDbOptions
        {
            Settings = new Dictionary<string, string> { ["storage_compatibility_version"] = options.StorageVersion },
        };
        using var database = DuckDbDatabase.Open(path, databaseOptions);
        using var connection = database.Connect();

        options.Observer?.StepStarted("lac, référentiels et catalogue");
        var rows = LakeSourceLoader.Load(connection, options.Home.LakeDirectory, SourceSchema.LoadAll(schemas));
        LakeLoadsLoader.Load(connection, options.Home.LakeDirectory);
        ReferenceLoader.Load(connection, schemas);
        IndicatorCatalogLoader.Load(connection, indicators);
        connection.Execute($"""
            create or replace table build_info as select
                {Sql.Literal(report.RunId)} as run_id,
                current_timestamp::timestamp as built_at,
                {Sql.Literal(DuckDbDatabase.LibraryVersion)} as duckdb_version,
                {Sql.Literal(options.StorageVersion)} as storage_version,
                {indicators.CatalogueVersion}::integer as catalogue_version,
                {indicators.TensionIndex.ReferenceFirstYear}::integer as reference_first_year,
                {indicators.TensionIndex.ReferenceLastYear}::integer as reference_last_year
            """);

        options.Observer?.StepStarted("modèles");
        MacroLoader.Load(connection, options.EtlDirectory ?? EtlDirectory.Locate());
        var models = ModelRunner.Run(connection, catalog, options.Observer);
        CommentWriter.Write(connection, models);

        options.Observer?.StepStarted("tests de données");
        var (run, failures) = DataTestRunner.Run(connection, catalog);
        options.Observer?.TestsFinished(run, failures.Count);
        var disclosure = DisclosureSummary.Read(connection);
        DisclosureAuditReport? audit = null;
        if (!failures.Any(f => f.Blocking))
        {
            options.Observer?.StepStarted("audit du secret statistique");
            (audit, var leaks) = DisclosureAuditStep.Run(connection);
            failures = [.. failures, .. leaks];
        }

        connection.Execute("checkpoint");
        return report with
        {
            Models = models.Count, TestsRun = run, Failures = failures, SourceRows = rows, Disclosure = disclosure, DisclosureAudit = audit,
        };
    }

    /// <summary>True when the lake holds at least one Parquet partition.</summary>
    private static bool LakeHoldsData(DataHome home) =>
        Directory.Exists(home.LakeDirectory)
        && Directory.EnumerateFiles(home.LakeDirectory, "*.parquet", SearchOption.AllDirectories).Any();

    /// <summary>Removes the files of builds killed before completion (under the writer lock, so none is running).</summary>
    private static void RemoveUnfinishedBuilds(DataHome home)
    {
        foreach (var file in Directory.EnumerateFiles(home.BuildsDirectory, "*" + BuildingSuffix + "*"))
        {
            Discard(file);
        }
    }

    private static void Discard(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException ex)
            {
                Debug.WriteLine($"could not delete {file}: {ex.Message}");
            }
        }
    }
}
