using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Observatory.Api.Data;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Warehouse.Status;

namespace Observatory.Cli.Tests;

/// <summary>
/// A child <c>observatory ingest</c> of three files, stopped by the test-only pause hook
/// (<c>OBSERVATORY_TEST_PAUSE_AT</c>) at a named point and killed there with SIGKILL: every lake row's run
/// is then listed by the status and the API's <c>runs</c>; the next ingest marks that run interrupted,
/// reports it, and leaves no temporary folder, file log, unfinished landing nor unreferenced raw copy;
/// every file of every manifest keeps rows read = accepted + quarantined, and the lake rows of each file are
/// what its manifest entry accepted.
/// </summary>
public sealed class IngestKillPointTests : IDisposable
{
    private const int Rows = 120;

    private readonly IngestTestFiles _files = new();

    public static TheoryData<string, string> Points => new()
    {
        { "landing:2", "landing" },                 // file 2 being copied into raw/
        { "lake-staged:2", "lake-staged" },         // file 2's Parquet staged in .ingest-tmp, no journal
        { "lake-commit:2", "lake-commit" },         // file 2's journal written, its partition moved, registry not yet written
        { "file-committed:2", "file-committed" },   // file 2 visible in the lake, not yet in the run's file log
        { "run-end", "run-end" },                   // every file done, manifest not yet completed
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Ingest_KilledAtAPoint_EveryLakeRowHasAListedRunAndTheNextIngestCleansUp(string pauseAt, string point)
    {
        var input = WriteInputs();
        RunPauseAndKill(input, pauseAt, point);

        var home = DataHome.Resolve(_files.Home);
        AssertLeftoversOf(point, home);
        var lakeRuns = LakeFiles().Select(f => f.RunId).Distinct(StringComparer.Ordinal).ToList();
        var killedRun = Assert.Single(lakeRuns);
        AssertListedAs(home, lakeRuns, "interrupted");
        Assert.Equal(killedRun + ".json", Path.GetFileName(Assert.Single(Directory.GetFiles(home.RunsDirectory, "*.json"))));
        var status = CliRunner.Run("status", "--home", _files.Home);
        Assert.Contains(killedRun, status.Output, StringComparison.Ordinal);
        Assert.Contains("interrompue", status.Output, StringComparison.Ordinal);

        var next = CliRunner.Run("ingest", input, "--json", "--home", _files.Home);

        Assert.Equal(0, next.ExitCode);
        Assert.Contains($"Exécution {killedRun} interrompue", next.Error, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(next.Output))
        {
            var recovery = json.RootElement.GetProperty("recovery");
            var interrupted = Assert.Single(recovery.GetProperty("interrupted_runs").EnumerateArray());
            Assert.Equal(killedRun, interrupted.GetProperty("run").GetString());
            Assert.Equal(Visible(point), interrupted.GetProperty("loaded_files").GetInt32());
            Assert.Equal(point == "landing" ? 1 : 0, recovery.GetProperty("unfinished_landings_removed").GetInt32());
            Assert.Equal(point == "lake-staged" ? 1 : 0, recovery.GetProperty("raw_copies_removed").GetInt32());
            Assert.Equal(point == "lake-commit" ? 1 : 0, recovery.GetProperty("journals_applied").GetInt32());
            Assert.Equal(point != "run-end", recovery.GetProperty("temporary_folder_removed").GetBoolean()); // gone once every file is done
        }

        AssertClean(home);
        var manifests = Manifests(home);
        Assert.Equal("interrupted", manifests[killedRun].RootElement.GetProperty("state").GetString());
        AssertEveryLakeFileIsInItsRunsManifest(manifests);
        AssertListedAs(home, [killedRun], "interrupted");
        Assert.All(HomeStatusReader.Read(home).Runs.Where(r => r.RunId != killedRun), r => Assert.Equal("succeeded", r.Outcome));
        Assert.Equal(3L * Rows, LakeFiles().Sum(f => f.Rows));
        foreach (var manifest in manifests.Values)
        {
            foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
            {
                Assert.Equal(file.GetProperty("read").GetInt64(), file.GetProperty("accepted").GetInt64() + file.GetProperty("quarantined").GetInt64());
            }
        }
    }

    public void Dispose() => _files.Dispose();

    /// <summary>Three offers files of one partition each, with one quarantined row each.</summary>
    private string WriteInputs()
    {
        foreach (var (territory, year) in new[] { ("01", 2023), ("01", 2024), ("40", 2024) })
        {
            var path = _files.WriteOffres($"in/stat-offres_{territory}_{year}.csv", year, [territory], Rows, offers: 3);
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"DEP;{territory};Territoire;ROME;Z9999;Métier;TRIMESTRE;{year}T1;T1 {year};TOFF;-1\n"));
        }

        return Path.Combine(_files.Root, "in");
    }

    /// <summary>Starts the CLI child paused at <paramref name="pauseAt"/> and kills it with SIGKILL there.</summary>
    private void RunPauseAndKill(string input, string pauseAt, string point)
    {
        var signal = Path.Combine(_files.Root, "paused.txt");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "observatory.dll"));
        foreach (var arg in new[] { "ingest", input, "--home", _files.Home })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OBSERVATORY_TEST_PAUSE_AT"] = pauseAt;
        start.Environment["OBSERVATORY_TEST_PAUSE_FILE"] = signal;
        using var child = Process.Start(start)!;
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!File.Exists(signal) && !child.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.False(child.HasExited, $"the ingest ended (exit {(child.HasExited ? child.ExitCode : 0)}) before pausing at {point}");
        Assert.True(File.Exists(signal), $"the ingest did not reach {point} within 120 s");
        Assert.Equal(point, File.ReadAllText(signal));
        child.Kill(entireProcessTree: true); // SIGKILL: no finally block, no disposal runs
        child.WaitForExit();
    }

    /// <summary>What each point leaves, so that the test proves it stopped where it says.</summary>
    private void AssertLeftoversOf(string point, DataHome home)
    {
        var temp = Path.Combine(home.Root, ".ingest-tmp");
        switch (point)
        {
            case "landing":
                Assert.NotEmpty(Directory.GetFiles(home.RawDirectory, ".landing-*.tmp"));
                break;
            case "lake-staged":
                Assert.NotEmpty(Directory.GetFiles(temp, "*.parquet", SearchOption.AllDirectories));
                Assert.Equal(2, RawCopies(home).Count); // file 2's copy, which nothing references yet
                break;
            case "lake-commit":
                Assert.NotEmpty(Directory.GetFiles(temp, "*.commit.json", SearchOption.AllDirectories));
                break;
        }

        Assert.Equal(Visible(point), LakeFiles().Select(f => f.Sha256).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Files of the killed run in the lake once its commit is rolled forward.</summary>
    private static int Visible(string point) => point is "landing" or "lake-staged" ? 1 : point == "run-end" ? 3 : 2;

    private static void AssertListedAs(DataHome home, IReadOnlyList<string> runIds, string outcome)
    {
        var status = HomeStatusReader.Read(home).Runs.ToDictionary(r => r.RunId, StringComparer.Ordinal);
        var api = RunHistory.Read(home, 100).ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var runId in runIds)
        {
            Assert.True(status.TryGetValue(runId, out var run), $"status does not list {runId}");
            Assert.Equal(outcome, run.Outcome);
            Assert.True(api.TryGetValue(runId, out var info), $"the API's runs does not list {runId}");
            Assert.Equal(outcome, info.Status);
        }
    }

    private void AssertClean(DataHome home)
    {
        Assert.False(Directory.Exists(Path.Combine(home.Root, ".ingest-tmp")));
        Assert.Empty(Directory.GetFiles(home.RawDirectory, ".landing-*"));
        Assert.Empty(Directory.GetFiles(home.RunsDirectory, "*.jsonl"));
        var referenced = Manifests(home).Values
            .SelectMany(m => m.RootElement.GetProperty("files").EnumerateArray())
            .Select(f => f.GetProperty("sha256").GetString())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(3, RawCopies(home).Count);
        Assert.All(RawCopies(home), sha => Assert.Contains(sha, referenced));
        var quarantined = Manifests(home).Values
            .SelectMany(m => m.RootElement.GetProperty("files").EnumerateArray())
            .SelectMany(f => new[] { f.GetProperty("quarantine_parquet"), f.GetProperty("quarantine_csv") })
            .Where(p => p.ValueKind == JsonValueKind.String)
            .Select(p => p.GetString())
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(Directory.GetFiles(home.QuarantineDirectory, "*", SearchOption.AllDirectories), f => Assert.Contains(f, quarantined));
        Assert.Equal(6, quarantined.Count); // one Parquet and one CSV per file
    }

    /// <summary>Each (run, file) of the lake is a loaded file of that run's manifest with as many accepted rows.</summary>
    private void AssertEveryLakeFileIsInItsRunsManifest(IReadOnlyDictionary<string, JsonDocument> manifests)
    {
        foreach (var (runId, sha, rows) in LakeFiles())
        {
            Assert.True(manifests.TryGetValue(runId, out var manifest), $"no manifest for run {runId}");
            var entry = Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("sha256").GetString() == sha);
            Assert.Equal("loaded", entry.GetProperty("status").GetString());
            Assert.Equal(rows, entry.GetProperty("accepted").GetInt64());
        }
    }

    private static Dictionary<string, JsonDocument> Manifests(DataHome home) =>
        Directory.GetFiles(home.RunsDirectory, "*.json")
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => JsonDocument.Parse(File.ReadAllText(p)), StringComparer.Ordinal);

    private static List<string> RawCopies(DataHome home) =>
        [.. Directory.GetDirectories(home.RawDirectory).SelectMany(Directory.GetFiles).Select(f => Path.GetFileNameWithoutExtension(f))];

    /// <summary>(run id, source SHA-256, rows) of every file visible in the lake.</summary>
    private List<(string RunId, string Sha256, long Rows)> LakeFiles()
    {
        var lake = Path.Combine(_files.Home, "lake");
        if (!Directory.Exists(lake) || Directory.GetFiles(lake, "*.parquet", SearchOption.AllDirectories).Length == 0)
        {
            return [];
        }

        using var db = DuckDbDatabase.Open(null);
        using var connection = db.Connect();
        using var result = connection.Query(
            $"select run_id, source_sha256, count(*) from read_parquet('{lake}/**/*.parquet', hive_partitioning = false) group by all order by all");
        return [.. result.Rows().Select(r => ((string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2], CultureInfo.InvariantCulture)))];
    }
}
