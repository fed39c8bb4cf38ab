using BenchmarkDotNet.Running;

namespace Observatory.Benchmarks;

/// <summary>
/// Entry point. <c>--quick</c> prints the read-throughput numbers without BenchmarkDotNet's long runs;
/// <c>--ingest [--rows N]</c> times the ingest of a national offers CSV against DuckDB's own CSV → Parquet copy;
/// <c>--graphql [--iterations N]</c> runs the GraphQL parse + execute comparison with graphql-js;
/// <c>--graphql-validation</c> validates the conformance corpus with our engine and graphql-js and prints the ratio;
/// <c>--api [--home DIR] [--profile]</c> times the dashboard queries through HTTP + GraphQL beside the same SQL;
/// <c>--open-readonly &lt;path&gt;</c> is the child process of the DuckDB cross-process lock test;
/// anything else goes to BenchmarkDotNet's switcher (e.g. <c>--filter *</c>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--open-readonly")
        {
            return OpenReadOnlyProbe.Run(args[1]);
        }

        if (args.Contains("--build"))
        {
            return Build.BuildBenchmark.Run(args);
        }

        if (args.Contains("--api"))
        {
            return Api.ApiBenchmark.Run(args);
        }

        if (args.Contains("--graphql-validation"))
        {
            return GraphQLValidationBenchmark.Run(args);
        }

        if (args.Contains("--graphql"))
        {
            var iterations = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(2000);
            return GraphQL.GraphQLExecutionBenchmark.Run(iterations);
        }

        if (args.Contains("--ingest"))
        {
            var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(long.Parse).FirstOrDefault(5_000_000);
            return Ingest.IngestBenchmark.Run(rows);
        }

        if (args.Contains("--quick"))
        {
            var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(long.Parse).FirstOrDefault(ReadThroughput.DefaultRows);
            QuickRunner.Run(rows);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
