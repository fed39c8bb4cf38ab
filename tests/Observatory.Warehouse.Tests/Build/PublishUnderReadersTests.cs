using System.Collections.Concurrent;
using System.Diagnostics;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Build;

/// <summary>
/// Readers in another process keep querying the published warehouse while builds publish: the child (the
/// Observatory.Benchmarks executable in <c>--build --read-loop</c> mode, built beside this test assembly)
/// follows <c>warehouse/current</c> and queries <c>pub</c> read-only in a loop while this process publishes
/// two new editions (pruning old ones). It must see every edition and never fail a query.
/// </summary>
public sealed class PublishUnderReadersTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Publish_TwiceWhileAnotherProcessQueries_ReaderSeesBothEditionsWithoutError()
    {
        LakeFixtureBuilder.Write(_temp.Home, "bmo", string.Join(" union all ",
            LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "V0Z60", 40, 30),
            LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "T4Z61", 60, 20)), "vintage", "department_code");
        var options = new BuildOptions { Home = _temp.Home, KeepBuilds = 2 };
        var initial = WarehouseBuilder.Run(options);
        Assert.True(initial.Published, initial.Error);
        var stopFile = Path.Combine(_temp.Root, "stop");
        var lines = new BlockingCollection<string>();

        using var child = StartReader(_temp.Home.Root, stopFile, lines);
        var seen = new List<string>();
        try
        {
            WaitForEdition(lines, initial.RunId, seen);
            var second = WarehouseBuilder.Run(options);
            Assert.True(second.Published, second.Error);
            WaitForEdition(lines, second.RunId, seen);
            var third = WarehouseBuilder.Run(options);
            Assert.True(third.Published, third.Error);
            WaitForEdition(lines, third.RunId, seen);
            Assert.False(File.Exists(initial.BuildPath), "the oldest build should have been pruned while being read");
        }
        finally
        {
            File.WriteAllText(stopFile, "stop");
            if (!child.WaitForExit(Wait))
            {
                child.Kill(entireProcessTree: true);
            }
        }

        child.WaitForExit();
        var done = Drain(lines, seen).LastOrDefault(l => l.StartsWith("done ", StringComparison.Ordinal));
        Assert.True(seen.All(l => !l.StartsWith("error", StringComparison.Ordinal)), string.Join("\n", seen));
        Assert.NotNull(done);
        var counts = done.Split(' ');
        Assert.Equal("0", counts[2]);
        Assert.True(long.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture) >= 3, done);
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(3, seen.Count(l => l.StartsWith("edition ", StringComparison.Ordinal)));
    }

    private static void WaitForEdition(BlockingCollection<string> lines, string runId, List<string> seen)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            if (lines.TryTake(out var line, TimeSpan.FromSeconds(1)))
            {
                seen.Add(line);
                Assert.False(line.StartsWith("error", StringComparison.Ordinal), line);
                if (line == "edition " + runId)
                {
                    return;
                }
            }
        }

        Assert.Fail($"the reader never saw edition {runId}; lines: {string.Join(" | ", seen)}");
    }

    private static List<string> Drain(BlockingCollection<string> lines, List<string> seen)
    {
        while (lines.TryTake(out var line, TimeSpan.FromSeconds(2)))
        {
            seen.Add(line);
        }

        return seen;
    }

    private static Process StartReader(string home, string stopFile, BlockingCollection<string> lines)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ChildAssemblyPath(), "--build", "--read-loop", home, stopFile })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Add(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                lines.Add("error (stderr) " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>artifacts/bin/Observatory.Warehouse.Tests/&lt;pivot&gt;/ → artifacts/bin/Observatory.Benchmarks/&lt;pivot&gt;/.</summary>
    private static string ChildAssemblyPath()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var child = Path.Combine(testDirectory.Parent!.Parent!.FullName, "Observatory.Benchmarks", testDirectory.Name, "Observatory.Benchmarks.dll");
        Assert.True(File.Exists(child), $"The reader child was not built at {child} (build tests/Observatory.Benchmarks).");
        return child;
    }
}
