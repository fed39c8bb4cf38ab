using System.Diagnostics;
using Observatory.Core.Runs;
using Observatory.Etl.Jobs;
using Observatory.Warehouse.Status;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Status;

/// <summary>The status shows a run manifest's state as the ingest writes it: running while its process lives (with the files of its log), interrupted once it is gone or marked so.</summary>
public sealed class RunStateStatusTests : IDisposable
{
    private const string RunId = "20261201T080000000Z-00042";

    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_RunningManifestOfALiveProcess_IsRunningWithTheFilesOfItsLog()
    {
        WriteRunning(Environment.ProcessId);

        var run = Assert.Single(HomeStatusReader.Read(_temp.Home).Runs);

        Assert.Equal("running", run.Outcome);
        Assert.Null(run.FinishedAt);
        Assert.Equal(1, run.Files);
        Assert.Equal(1, run.LoadedFiles);
        Assert.Equal(10, run.RowsRead);
        Assert.Equal(run.RowsRead, run.RowsAccepted + run.RowsQuarantined);
        Assert.Equal(1, Assert.Single(HomeStatusReader.Read(_temp.Home).Sources).QuarantinedRows);
    }

    [Fact]
    public void Read_RunningManifestOfAGoneProcess_IsInterrupted()
    {
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        WriteRunning(gone.Id);

        Assert.Equal("interrupted", Assert.Single(HomeStatusReader.Read(_temp.Home).Runs).Outcome);
    }

    [Fact]
    public void Read_InterruptedManifest_IsInterrupted()
    {
        Directory.CreateDirectory(_temp.Home.RunsDirectory);
        File.WriteAllText(Path.Combine(_temp.Home.RunsDirectory, RunId + ".json"), $$"""{"run": "{{RunId}}", "state": "interrupted", "files": []}""");

        Assert.Equal("interrupted", Assert.Single(HomeStatusReader.Read(_temp.Home).Runs).Outcome);
    }

    private void WriteRunning(int pid)
    {
        var manifest = Path.Combine(_temp.Home.RunsDirectory, RunId + ".json");
        RunManifestWriter.WriteRunning(manifest, RunId, DateTimeOffset.UtcNow);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"pid\": {Environment.ProcessId}", $"\"pid\": {pid}", StringComparison.Ordinal));
        var log = RunFileLog.PathFor(_temp.Home.RunsDirectory, RunId);
        RunFileLogWriter.Append(log, new IngestFileResult
        {
            Path = "/in/plateforme_activite_01_2024.csv",
            Source = "plateforme_activite",
            Sha256 = new string('a', 64),
            Read = 10,
            Accepted = 9,
            Quarantined = 1,
            Status = IngestStatus.Loaded,
        });
        File.AppendAllText(log, "{\"path\": \"/in/cut sh"); // the line a kill cut short
    }
}
