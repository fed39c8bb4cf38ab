using System.Text.Json;
using Observatory.Core.Runs;
using Observatory.Etl.Jobs;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>
/// The run manifest's life cycle (running → completed, or interrupted when a later ingest finds it abandoned)
/// and what an ingest removes of a killed run: file logs, raw copies nothing names, quarantine files no listed
/// file names. The kill itself is tested on a child process in <c>Observatory.Cli.Tests</c> (IngestKillPointTests).
/// </summary>
public sealed class IngestRecoveryTests : IDisposable
{
    private const string KilledRun = "20261201T080000000Z-04242";

    private readonly TempHome _temp = new();

    [Fact]
    public void Run_Completed_ManifestIsCompletedAndItsFileLogIsGone()
    {
        var report = Ingest(PlateformeFiles.FileName(2024), 2024);

        using var manifest = Manifest(report.RunId);
        Assert.Equal(RunState.Completed, manifest.RootElement.GetProperty("state").GetString());
        Assert.Equal(report.Files[0].Sha256, manifest.RootElement.GetProperty("files")[0].GetProperty("sha256").GetString());
        Assert.Empty(Directory.GetFiles(_temp.Home.RunsDirectory, "*.jsonl"));
        Assert.NotNull(report.Recovery);
        Assert.True(report.Recovery.IsEmpty);
    }

    [Fact]
    public void Run_AfterARunWithoutManifest_WritesItInterruptedFromTheLakeRegistry()
    {
        var killed = Ingest(PlateformeFiles.FileName(2023), 2023);
        File.Delete(Path.Combine(_temp.Home.RunsDirectory, killed.RunId + ".json")); // as a run killed before manifests came first

        var next = Ingest(PlateformeFiles.FileName(2024), 2024);

        var run = Assert.Single(next.Recovery!.InterruptedRuns);
        Assert.Equal(new Recovery.InterruptedRun(killed.RunId, 1, 1, ManifestWasMissing: true), run);
        using var manifest = Manifest(killed.RunId);
        Assert.Equal(RunState.Interrupted, manifest.RootElement.GetProperty("state").GetString());
        Assert.Equal(next.RunId, manifest.RootElement.GetProperty("found_by_run").GetString());
        var file = Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(killed.Files[0].Sha256, file.GetProperty("sha256").GetString());
        Assert.Equal("loaded", file.GetProperty("status").GetString());
        Assert.Equal(killed.Files[0].Accepted, file.GetProperty("accepted").GetInt64());
        Assert.Equal(killed.Files[0].Read, file.GetProperty("read").GetInt64());
    }

    [Fact]
    public void Run_AfterAKilledRun_ListsItsLoggedFilesAndRemovesWhatNothingNames()
    {
        var kept = Ingest(PlateformeFiles.FileName(2023), 2023);
        var logged = new string('c', 64);
        var orphan = new string('d', 64);
        var keptRaw = PlantRaw(logged);
        var orphanRaw = PlantRaw(orphan);
        PlantRunningRun(logged);
        var strayQuarantine = Path.Combine(_temp.Home.QuarantineDirectory, KilledRun, "plateforme_activite__dddddddd.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(strayQuarantine)!);
        File.WriteAllText(strayQuarantine, "half");

        var next = Ingest(PlateformeFiles.FileName(2024), 2024);

        var recovery = next.Recovery!;
        Assert.Equal(new Recovery.InterruptedRun(KilledRun, 1, 0, ManifestWasMissing: false), Assert.Single(recovery.InterruptedRuns));
        Assert.Equal(1, recovery.RawCopiesRemoved);
        Assert.Equal(1, recovery.QuarantineFilesRemoved);
        Assert.True(File.Exists(keptRaw));
        Assert.False(File.Exists(orphanRaw));
        Assert.False(File.Exists(strayQuarantine));
        Assert.True(File.Exists(Path.Combine(_temp.Home.RawDirectory, kept.Files[0].Sha256[..2], kept.Files[0].Sha256 + ".csv")));
        Assert.Empty(Directory.GetFiles(_temp.Home.RunsDirectory, "*.jsonl"));
        using var manifest = Manifest(KilledRun);
        Assert.Equal(RunState.Interrupted, manifest.RootElement.GetProperty("state").GetString());
        Assert.Equal(4242, manifest.RootElement.GetProperty("pid").GetInt32());
        Assert.Equal(logged, Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray()).GetProperty("sha256").GetString());
    }

    [Fact]
    public void Run_WithAnUnreadableManifest_LeavesRawCopiesAndSaysWhy()
    {
        Ingest(PlateformeFiles.FileName(2023), 2023);
        var orphanRaw = PlantRaw(new string('e', 64));
        File.WriteAllText(Path.Combine(_temp.Home.RunsDirectory, "20261130T080000000Z-00001.json"), "{ broken");

        var next = Ingest(PlateformeFiles.FileName(2024), 2024);

        Assert.True(File.Exists(orphanRaw));
        Assert.Equal(0, next.Recovery!.RawCopiesRemoved);
        Assert.Contains("illisible", next.Recovery.RawCleanupSkipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AfterAnAtomicWriteCutShort_RemovesItsTemporaryFiles()
    {
        Ingest(PlateformeFiles.FileName(2023), 2023);
        var manifestTmp = Path.Combine(_temp.Home.RunsDirectory, KilledRun + ".json.tmp");
        var registryTmp = Path.Combine(_temp.Home.LakeDirectory, "plateforme_activite", "_loads.json.tmp");
        File.WriteAllText(manifestTmp, "{ half");
        File.WriteAllText(registryTmp, "{ half");

        var next = Ingest(PlateformeFiles.FileName(2024), 2024);

        Assert.Equal(2, next.Recovery!.TemporaryFilesRemoved);
        Assert.False(File.Exists(manifestTmp));
        Assert.False(File.Exists(registryTmp));
        Assert.Empty(next.Recovery.InterruptedRuns);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A manifest left <c>running</c> by a killed process, its file log with one finished (rejected) file and a line cut short.</summary>
    private void PlantRunningRun(string loggedSha)
    {
        var manifest = Path.Combine(_temp.Home.RunsDirectory, KilledRun + ".json");
        RunManifestWriter.WriteRunning(manifest, KilledRun, DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"pid\": {Environment.ProcessId}", "\"pid\": 4242", StringComparison.Ordinal));
        var line = RunManifestWriter.FileLine(new IngestFileResult
        {
            Path = "/in/inconnu.csv",
            Sha256 = loggedSha,
            Read = 3,
            Quarantined = 3,
            Status = IngestStatus.Rejected,
            Reason = "etl.unknown_source",
        });
        File.WriteAllText(RunFileLog.PathFor(_temp.Home.RunsDirectory, KilledRun), line + "\n{\"path\": \"/in/cut", new System.Text.UTF8Encoding(false));
    }

    private string PlantRaw(string sha)
    {
        var path = Path.Combine(_temp.Home.RawDirectory, sha[..2], sha + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "raw");
        return path;
    }

    private IngestReport Ingest(string name, int year) =>
        IngestRunner.Run([_temp.WriteInput(name, PlateformeFiles.Content(year, metiers: 3))], new IngestOptions { Home = _temp.Home });

    private JsonDocument Manifest(string runId) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Home.RunsDirectory, runId + ".json")));
}
