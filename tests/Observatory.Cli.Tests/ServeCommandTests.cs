using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Observatory.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "obs-cli-serve-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    [Fact]
    public void Serve_OnABusyPort_ExitsOneWithOneFrenchSentence_AndNoStackTrace()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (code, output) = RunChild("serve", "--home", _home, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, code);
        Assert.Contains("Impossible d'écouter", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_OnAnEmptyHome_SuggestsMemory_WhichOnlySqlHas()
    {
        var sql = CliRunner.Run("--home", _home, "sql", "select 1");

        Assert.Equal(1, sql.ExitCode);
        Assert.Contains("observatory build", sql.Error, StringComparison.Ordinal);
        Assert.Contains("--memory", sql.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--memory", Core.Home.DataHome.Resolve(_home).TryGetPublishedWarehouse(out var problem) ?? problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_verb_is_answered_in_french_with_the_verb_it_most_likely_meant()
    {
        var outcome = CliRunner.Run("bild");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Vouliez-vous dire « observatory build » ?", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", CliRunner.Run().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_data_for_an_unknown_department_says_so_in_french_only()
    {
        var outcome = CliRunner.Run("sample-data", "--departments", "99", "--out", Path.Combine(_home, "sample"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Département(s) inconnu(s)", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", outcome.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the CLI as a child process (the host's own logging goes to the process's console), all output merged.</summary>
    private static (int Code, string Output) RunChild(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "observatory.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail("observatory serve did not stop on a busy port");
        }

        return (child.ExitCode, output.Result + error.Result);
    }
}
