using System.Diagnostics;
using System.Text.Json;
using Observatory.Warehouse.Tests.Indicators;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Compatibility;

/// <summary>
/// A published build stays readable by the oldest DuckDB the README names: DuckDB 1.1.2, through its official bindings
/// (<c>@duckdb/node-bindings@1.1.2-alpha.4</c>, pinned in <c>eng/node</c>), in its own process so that its libduckdb is
/// not the one this process loaded. Every <c>pub</c> table is read whole and has the rows the current DuckDB reads.
/// </summary>
public sealed class OldDuckDbReaderTests(TensionIndexLake lake) : IClassFixture<TensionIndexLake>
{
    [Fact]
    public async Task EveryPubTable_ReadsWhole_WithDuckDb112()
    {
        var tables = WarehouseQuery.Rows(lake.Home,
            "select table_name from duckdb_tables() where schema_name = 'pub' order by table_name").Select(r => "pub." + (string)r[0]!).ToList();
        var expected = tables.ToDictionary(t => t, t => (long)WarehouseQuery.Count(lake.Home, $"select count(*) from {t}"));
        var build = File.ReadAllText(lake.Home.CurrentPointerPath).Trim();
        var path = Path.IsPathRooted(build) ? build : Path.Combine(lake.Home.WarehouseDirectory, build);

        using var output = JsonDocument.Parse(await RunAsync([path, .. tables]));

        Assert.Equal("v1.1.2", output.RootElement.GetProperty("version").GetString());
        Assert.Equal(10, tables.Count);
        Assert.Equal(expected, output.RootElement.GetProperty("tables").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()));
        Assert.Contains(expected, e => e.Value > 0);
    }

    private static async Task<string> RunAsync(IReadOnlyList<string> args)
    {
        var root = RepoRoot();
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.Combine(root, "eng", "node"),
        };
        startInfo.ArgumentList.Add(Path.Combine(root, "eng", "node", "duckdb-compat.mjs"));
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"DuckDB 1.1.2 could not read the build: {await stderr}");
        return await stdout;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Observatory.sln not found above " + AppContext.BaseDirectory);
    }
}
