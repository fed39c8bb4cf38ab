using BenchmarkDotNet.Attributes;

namespace Observatory.Benchmarks;

/// <summary>BenchmarkDotNet view of <see cref="ReadThroughput"/> (run: <c>-- --filter *ReadBenchmarks*</c>).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReadBenchmarks
{
    private ReadThroughput? _throughput;

    [GlobalSetup]
    public void Setup() => _throughput = new ReadThroughput(ReadThroughput.DefaultRows);

    [GlobalCleanup]
    public void Cleanup() => _throughput?.Dispose();

    [Benchmark(Baseline = true)]
    public double AggregateInDuckDb() => _throughput!.AggregateInDuckDb().SumB;

    [Benchmark]
    public double ReadWithSpans() => _throughput!.ReadWithSpans().SumB;

    [Benchmark]
    public double ReadWithStrings() => _throughput!.ReadWithStrings().SumB;
}
