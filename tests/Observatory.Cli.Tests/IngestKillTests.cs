using System.Diagnostics;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Warehouse.Status;

namespace Observatory.Cli.Tests;

/// <summary>
/// A child <c>observatory ingest</c> killed during a large ingest (the national extraction, over a department's own
/// extraction loaded before) leaves the lake with the old or the new partition, never a mix, every lake row's run listed by the status, and the next ingest completes
/// cleanly and reports the killed run.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int OldRows = 96;
    private const int NewRowsPerTerritory = 1_000_000;

    private readonly IngestTestFiles _files = new();

    [Fact]
    public void Ingest_KilledMidway_LakeShowsOldOrNewAndNextRunSucceeds()
    {
        var old = _files.WriteOffres("old/stat-offres_01_2024.csv", 2024, ["01"], OldRows, offers: 1);
        Assert.Equal(0, CliRunner.Run("ingest", old, "--home", _files.Home).ExitCode);
        Assert.Equal(OldRows, CountTerritory("01"));

        var big = _files.WriteOffres("new/stat-offres_FR_2024.csv", 2024, ["01", "40"], NewRowsPerTerritory, offers: 2);
        var killedWhileRunning = RunAndKill(big);

        var territory01 = CountTerritory("01");
        var territory40 = CountTerritory("40");
        Assert.True(territory01 is OldRows or NewRowsPerTerritory, $"partition 01 holds {territory01} rows");
        Assert.True(territory40 is 0 or NewRowsPerTerritory, $"partition 40 holds {territory40} rows");
        Assert.True(killedWhileRunning, "the ingest ended before it could be killed during its lake write");
        Assert.Equal(territory01, CountTerritory("01", "offers = " + (territory01 == OldRows ? 1 : 2)));
        var listed = HomeStatusReader.Read(DataHome.Resolve(_files.Home)).Runs.Select(r => r.RunId).ToList();
        Assert.All(LakeRunIds(), run => Assert.Contains(run, listed));
        var killed = Assert.Single(HomeStatusReader.Read(DataHome.Resolve(_files.Home)).Runs, r => r.Outcome == "interrupted");

        var next = CliRunner.Run("ingest", big, "--home", _files.Home);

        Assert.Equal(0, next.ExitCode);
        Assert.Contains($"Exécution {killed.RunId} interrompue", next.Error, StringComparison.Ordinal);
        listed = [.. HomeStatusReader.Read(DataHome.Resolve(_files.Home)).Runs.Select(r => r.RunId)];
        Assert.All(LakeRunIds(), run => Assert.Contains(run, listed));
        Assert.Equal(NewRowsPerTerritory, CountTerritory("01", "offers = 2"));
        Assert.Equal(NewRowsPerTerritory, CountTerritory("40", "offers = 2"));
        Assert.False(Directory.Exists(Path.Combine(_files.Home, ".ingest-tmp")));
        Assert.All(Directory.EnumerateFiles(Path.Combine(_files.Home, "lake"), "*", SearchOption.AllDirectories),
            f => Assert.True(Path.GetFileName(f) is "data.parquet" or "_loads.json", f));
    }

    public void Dispose() => _files.Dispose();

    private bool RunAndKill(string path)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "observatory.dll"));
        foreach (var arg in new[] { "ingest", path, "--home", _files.Home })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var line = child.StandardError.ReadLine();
        Assert.NotNull(line);
        Assert.Contains("[1/1]", line, StringComparison.Ordinal);
        // Kill while the lake files are being written: as soon as a Parquet file appears in the ingest's staging
        // area (before the journaled rename), or after 60 s at the latest.
        var staging = Path.Combine(_files.Home, ".ingest-tmp");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!child.HasExited && DateTime.UtcNow < deadline && !StagingHasParquet(staging))
        {
            Thread.Sleep(5);
        }

        var running = !child.HasExited;
        if (running)
        {
            child.Kill(entireProcessTree: true);
        }

        child.WaitForExit();
        return running;
    }

    private static bool StagingHasParquet(string staging)
    {
        try
        {
            return Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*.parquet", SearchOption.AllDirectories).Any();
        }
        catch (DirectoryNotFoundException)
        {
            return false; // the child removed a staging directory while it was listed
        }
    }

    private List<string> LakeRunIds()
    {
        using var db = DuckDbDatabase.Open(null);
        using var connection = db.Connect();
        var lake = Path.Combine(_files.Home, "lake");
        using var result = connection.Query($"select distinct run_id from read_parquet('{lake}/**/*.parquet', hive_partitioning = false)");
        return [.. result.Rows().Select(r => (string)r[0]!)];
    }

    private long CountTerritory(string territory, string where = "true")
    {
        var dir = Path.Combine(_files.Home, "lake", "ft_offres", "vintage=2024", "territory_code=" + territory);
        if (!Directory.Exists(dir))
        {
            return 0;
        }

        using var db = DuckDbDatabase.Open(null);
        using var connection = db.Connect();
        using var result = connection.Query($"select count(*) from read_parquet('{dir}/*.parquet') where {where}");
        return Convert.ToInt64(result.Rows().First()[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
