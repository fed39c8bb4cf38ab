using System.Diagnostics;

namespace Observatory.Cli.Tests;

/// <summary>
/// The repository's <c>./observatory</c> script, run in a copy of the repository layout with a stand-in <c>dotnet</c> on the
/// PATH that records its calls: it says (in French) that it compiles on the first run or after a source change, builds
/// the command line with <c>dotnet build</c>, and otherwise starts the compiled program without building.
/// </summary>
public sealed class WrapperScriptTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "observatory-wrapper-" + Guid.NewGuid().ToString("N"));

    public WrapperScriptTests()
    {
        foreach (var folder in new[] { "src/Observatory.Cli", "etl", "schemas", "dashboards", "bin" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
        }

        File.Copy(Path.Combine(RepoRoot(), "observatory"), Path.Combine(_root, "observatory"));
        File.WriteAllText(Path.Combine(_root, "src", "Observatory.Cli", "Program.cs"), "// source");
        // The stand-in dotnet: logs its arguments; "build" creates the program as a real build would.
        File.WriteAllText(Path.Combine(_root, "bin", "dotnet"), """
            #!/usr/bin/env bash
            echo "dotnet $*" >> "$WRAPPER_LOG"
            if [[ "$1" == "build" ]]; then
              mkdir -p "$WRAPPER_ROOT/artifacts/bin/Observatory.Cli/debug"
              touch "$WRAPPER_ROOT/artifacts/bin/Observatory.Cli/debug/observatory.dll"
            fi
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_root, "bin", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void FirstRun_SaysItCompiles_BuildsThenStarts_LaterRunsStartAtOnce_ASourceChangeRebuilds()
    {
        var first = Run("demo", "--reset");
        Assert.Contains("Première exécution : compilation", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(["dotnet build", "dotnet " + Dll + " demo --reset"], first.Calls.Select(c => c.StartsWith("dotnet build", StringComparison.Ordinal) ? "dotnet build" : c));

        var second = Run("--version");
        Assert.Equal("", second.Stderr);
        Assert.Equal(["dotnet " + Dll + " --version"], second.Calls);

        Thread.Sleep(1100); // file times: one second apart at least
        File.WriteAllText(Path.Combine(_root, "etl", "model.sql"), "select 1");
        var third = Run("status");
        Assert.Contains("Sources modifiées : recompilation", third.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("dotnet build", third.Calls[0], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Dll => Path.Combine(_root, "artifacts", "bin", "Observatory.Cli", "debug", "observatory.dll");

    private (string Stderr, List<string> Calls) Run(params string[] args)
    {
        var log = Path.Combine(_root, "calls-" + Guid.NewGuid().ToString("N") + ".log");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(_root, "observatory"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["WRAPPER_LOG"] = log;
        start.Environment["WRAPPER_ROOT"] = _root;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return (stderr, File.Exists(log) ? [.. File.ReadAllLines(log)] : []);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Observatory.sln not found");
    }
}
