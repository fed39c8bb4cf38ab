using System.Diagnostics;

namespace Observatory.DuckDb.Tests;

/// <summary>
/// A second process cannot open (even read-only) a file this process holds read-write. The child is the
/// Observatory.Benchmarks executable in <c>--open-readonly</c> mode, built beside this test assembly.
/// </summary>
public sealed class CrossProcessLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("observatory-duckdb-lock-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_FileHeldReadWriteByAnotherProcess_ReadOnlyChildFailsWithLockMessage()
    {
        var path = Path.Combine(_directory, "locked.duckdb");
        using (var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadWrite }))
        using (var connection = database.Connect())
        {
            connection.Execute("create table t as select 1 as a");
            var (exitCode, output, error) = RunChild(path);
            Assert.True(exitCode == 3, $"child exit {exitCode}; stdout: {output}; stderr: {error}");
            Assert.Contains("Could not set lock on file", error, StringComparison.Ordinal);
            Assert.StartsWith("IO:", error, StringComparison.Ordinal);
        }

        // Once this process has closed the file, the child can open it read-only.
        var (releasedExit, releasedOutput, releasedError) = RunChild(path);
        Assert.True(releasedExit == 0, $"child exit {releasedExit}; stdout: {releasedOutput}; stderr: {releasedError}");
        Assert.Contains("opened", releasedOutput, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) RunChild(string path)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ChildAssemblyPath());
        start.ArgumentList.Add("--open-readonly");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The lock-probe child process did not exit.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>artifacts/bin/Observatory.DuckDb.Tests/&lt;pivot&gt;/ → artifacts/bin/Observatory.Benchmarks/&lt;pivot&gt;/.</summary>
    private static string ChildAssemblyPath()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var pivot = testDirectory.Name;
        var binDirectory = testDirectory.Parent!.Parent!.FullName;
        var child = Path.Combine(binDirectory, "Observatory.Benchmarks", pivot, "Observatory.Benchmarks.dll");
        Assert.True(File.Exists(child), $"The lock-probe child was not built at {child}.");
        return child;
    }
}
