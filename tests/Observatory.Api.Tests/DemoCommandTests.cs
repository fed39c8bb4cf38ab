using System.Diagnostics;
using Observatory.Api.Tests.Support;
using Observatory.Core.Home;

namespace Observatory.Api.Tests;

/// <summary>Runs the built <c>observatory</c> command (artifacts/bin/Observatory.Cli) as a child process.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_without_serve_publishes_a_warehouse_in_an_empty_home()
    {
        using var temp = new TempDirectory("obs-demo");
        var home = Path.Combine(temp.Path, "home");
        var (code, output, error) = await RunAsync("demo", "--no-serve", "--departments", "40", "--years", "2023-2024", "--home", home);
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.NotNull(DataHome.Resolve(home).TryGetPublishedWarehouse(out var problem));
        Assert.Empty(problem);
        Assert.True(File.Exists(Path.Combine(home, ".observatory-demo")));
        Assert.Contains("[3/3]", output, StringComparison.Ordinal);
        // the command it suggests runs as printed: « observatory » when installed, else this very program through dotnet
        Assert.Matches("Pour la servir : (observatory|dotnet \".+observatory\\.dll\") serve --home ", output);
        Assert.True(File.Exists(Path.Combine(home, "incoming", "ft_offres", "stat-offres_FR_2024.csv")), "national France Travail extraction");

        // a second demo on the same home is refused, but --reset may wipe a home the demo created
        var (again, _, refusal) = await RunAsync("demo", "--no-serve", "--home", home);
        Assert.Equal(1, again);
        Assert.Contains("--reset", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_with_departmental_extracts_generates_the_departments_own_france_travail_files()
    {
        using var temp = new TempDirectory("obs-demo");
        var home = Path.Combine(temp.Path, "home");
        var (code, output, error) = await RunAsync("demo", "--no-serve", "--departments", "40", "--years", "2024", "--extraits-departementaux", "--home", home);
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.Equal(["stat-offres_40_2024.csv"], Directory.GetFiles(Path.Combine(home, "incoming", "ft_offres")).Select(Path.GetFileName));
        Assert.NotNull(DataHome.Resolve(home).TryGetPublishedWarehouse(out _));
    }

    [Fact]
    public async Task Demo_refuses_a_home_that_holds_other_data_even_with_reset()
    {
        using var temp = new TempDirectory("obs-demo");
        var precious = Path.Combine(temp.Path, "precieux.csv");
        await File.WriteAllTextAsync(precious, "a;b\n");
        var (code, _, error) = await RunAsync("demo", "--no-serve", "--home", temp.Path);
        Assert.Equal(1, code);
        Assert.Contains("--home", error, StringComparison.Ordinal);
        var (reset, _, resetError) = await RunAsync("demo", "--no-serve", "--reset", "--home", temp.Path);
        Assert.Equal(1, reset);
        Assert.Contains("--reset refusé", resetError, StringComparison.Ordinal);
        Assert.True(File.Exists(precious));
    }

    /// <summary>Runs the built <c>observatory</c> with <paramref name="args"/>, outside any <c>OBSERVATORY_HOME</c>.</summary>
    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var cli = Path.Combine(SchemaApprovalTests.RepoRoot(), "artifacts", "bin", "Observatory.Cli", "debug", "observatory.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: build src/Observatory.Cli first.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(DataHome.EnvironmentVariable);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
