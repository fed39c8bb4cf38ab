using System.Diagnostics;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>The real <c>observatory report</c> command: exit codes and French messages.</summary>
[Collection(ReportCollection.Name)]
public sealed class CliTests(ReportFixture fixture)
{
    private (int Exit, string Out, string Error) Observatory(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "observatory.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    [Fact]
    public void Bad_territory_exits_1_listing_the_available_departments()
    {
        var (exit, output, error) = Observatory("report", "--year", "2024", "--territory", "99", "--home", fixture.Home.Root, "--out", Path.Combine(fixture.Root, "cli", "x.html"));
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Aucune donnée publiée pour le département « 99 »", error, StringComparison.Ordinal);
        Assert.Contains("40 (Landes", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_build_exits_1_and_a_good_request_writes_the_html()
    {
        var (exit, _, error) = Observatory("report", "--year", "2024", "--territory", "40", "--home", fixture.Home.Root, "--build", "nope");
        Assert.Equal(1, exit);
        Assert.Contains("Build « nope » introuvable", error, StringComparison.Ordinal);

        var target = Path.Combine(fixture.Root, "cli", "rapport.html");
        var (ok, output, progress) = Observatory("report", "--year", "2024", "--territory", "40", "--home", fixture.Home.Root, "--out", target);
        Assert.Equal(0, ok);
        Assert.Equal(target, output.Trim());
        Assert.Contains("Modèle du rapport : Landes, 2024", progress, StringComparison.Ordinal);
        Assert.Equal(fixture.Html, File.ReadAllText(target));
    }

    [Fact]
    public void Missing_year_is_a_usage_error()
    {
        var (exit, _, _) = Observatory("report", "--territory", "40", "--home", fixture.Home.Root);
        Assert.Equal(2, exit);
    }
}
