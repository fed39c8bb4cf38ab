using System.Diagnostics;

namespace Observatory.DuckDb.Tests;

/// <summary>
/// Opening and closing many times must not leak file descriptors or memory. A leak check with tolerances, not a
/// timed test: the baseline is taken after a warm-up, since DuckDB's allocator keeps some memory for reuse.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LeakTests : IDisposable
{
    // Each open/close waits on DuckDB's instance start-up and shutdown (~15 ms in memory, ~50 ms for a file, mostly
    // idle; minutes under load), so both run 2,000 times by default. Set OBSERVATORY_DUCKDB_LEAK_ITERATIONS=10000
    // (e.g. in CI) for the full check.
    private static readonly int InMemoryIterations = IterationsOr(2_000);
    private static readonly int FileIterations = IterationsOr(2_000);
    private const int WarmUp = 300;
    private const int FileDescriptorTolerance = 16;
    private const long WorkingSetTolerance = 96L * 1024 * 1024;

    private readonly string _directory = Directory.CreateTempSubdirectory("observatory-duckdb-leak-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void OpenClose_InMemoryManyTimes_NoHandleOrMemoryGrowth() =>
        AssertNoGrowth(InMemoryIterations, () => OpenQueryClose(null, Options));

    [Fact]
    public void OpenClose_FileManyTimes_NoHandleOrMemoryGrowth()
    {
        var path = Path.Combine(_directory, "leak.duckdb");
        using (var database = DuckDbDatabase.Open(path))
        using (var connection = database.Connect())
        {
            connection.Execute("create table t as select 1 as a");
        }

        AssertNoGrowth(FileIterations, () => OpenQueryClose(path, Options));
    }

    private static readonly DuckDbOptions Options = new() { Threads = 1 };

    private static int IterationsOr(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("OBSERVATORY_DUCKDB_LEAK_ITERATIONS"), out var count) ? count : defaultCount;

    private static void OpenQueryClose(string? path, DuckDbOptions options)
    {
        using var database = DuckDbDatabase.Open(path, options);
        using var connection = database.Connect();
        using var statement = connection.Prepare("select 41 + $1");
        using var result = statement.Bind(1, 1).Query();
        using var chunk = result.FetchChunk()!;
        Assert.Equal(42, chunk.GetValue(0, 0));
    }

    private static void AssertNoGrowth(int iterations, Action iteration)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            iteration();
        }

        var (fdBefore, memoryBefore) = Measure();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            iteration();
        }

        var (fdAfter, memoryAfter) = Measure();
        Assert.True(fdAfter - fdBefore <= FileDescriptorTolerance, $"file descriptors grew from {fdBefore} to {fdAfter}");
        Assert.True(
            memoryAfter - memoryBefore <= WorkingSetTolerance,
            $"working set grew from {memoryBefore / 1048576} MiB to {memoryAfter / 1048576} MiB over {iterations} iterations ({stopwatch.Elapsed.TotalSeconds:F0} s)");
    }

    private static (int FileDescriptors, long WorkingSet) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (Directory.GetFiles("/proc/self/fd").Length, process.WorkingSet64);
    }
}
