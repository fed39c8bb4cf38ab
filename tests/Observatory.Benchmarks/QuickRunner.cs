using System.Diagnostics;
using System.Globalization;

namespace Observatory.Benchmarks;

/// <summary><c>--quick</c>: one warm-up and three timed runs of each variant; prints values per second and ratios.</summary>
internal static class QuickRunner
{
    public static void Run(long rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB {Observatory.DuckDb.DuckDbDatabase.LibraryVersion}, {Environment.ProcessorCount} cores, {rows:N0} rows x 3 columns (BIGINT, DOUBLE, VARCHAR)"));
        var setup = Stopwatch.StartNew();
        using var throughput = new ReadThroughput(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table created in {setup.Elapsed.TotalSeconds:F1} s"));

        var floor = Measure("aggregate inside DuckDB (floor)", throughput.Values, throughput.AggregateInDuckDb);
        var spans = Measure("binding, typed spans + UTF-8", throughput.Values, throughput.ReadWithSpans);
        var strings = Measure("binding, typed spans + strings", throughput.Values, throughput.ReadWithStrings);

        if (floor.Result.SumA != spans.Result.SumA || floor.Result.SumLength != spans.Result.SumLength
            || floor.Result.SumA != strings.Result.SumA || floor.Result.SumLength != strings.Result.SumLength)
        {
            throw new InvalidOperationException($"Results differ: floor {floor.Result}, spans {spans.Result}, strings {strings.Result}.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio binding(spans)/floor time: {spans.Seconds / floor.Seconds:F2}x; binding(strings)/floor: {strings.Seconds / floor.Seconds:F2}x"));
    }

    private static (double Seconds, (long SumA, double SumB, long SumLength) Result) Measure(
        string name, long values, Func<(long, double, long)> run)
    {
        var result = run();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            result = run();
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} best {best * 1000,8:F0} ms  {values / best / 1e6,8:F1} M values/s"));
        return (best, result);
    }
}
