using System.Globalization;
using System.Runtime;
using Observatory.DuckDb;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// <c>--api [--home DIR] [--iterations 200] [--warmup 20] [--seconds 10] [--clients 8] [--log] [--profile]</c> (issue 8): the ten queries
/// of the standard dashboard through HTTP + GraphQL (the API hosted in-process on Kestrel, 127.0.0.1) beside the same
/// data read by SQL directly on DuckDB (same edition), p50/p95 and their ratio; then requests per second with 8
/// concurrent clients. Everything is measured twice: response cache off ("cold": the SQL path) and on. Goals: p95 ≤ 1.3 × direct SQL p95 + 2 ms; ≥ 1,000 requests/s on 2 cores.
/// <c>--profile</c> instead splits each request's time (see <see cref="ProfileRun"/>).
/// Without <c>--home</c>, the sample data is generated, ingested and built in a temporary home (untimed).
/// Exit code: 0 when the latency goal is met with and without the cache and throughput with the cache, 2 when one is missed, 1 when the API and the SQL disagree on the data.
/// </summary>
internal static class ApiBenchmark
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var keep = Option(args, "--home");
        var iterations = IntOption(args, "--iterations", 200);
        var warmup = IntOption(args, "--warmup", 20);
        var seconds = IntOption(args, "--seconds", 10);
        var clients = IntOption(args, "--clients", 8);
        var root = keep ?? Directory.CreateTempSubdirectory("obs-api-bench-").FullName;
        try
        {
            var home = ApiSampleHome.Prepare(root);
            var queries = DashboardQueries.All();
            var settings = new Settings(iterations, warmup, TimeSpan.FromSeconds(seconds), clients, args.Contains("--log"));
            if (args.Contains("--profile"))
            {
                return await MeasureAsync(home, queries, settings, cacheSize: 0, profile: true).ConfigureAwait(false) is null ? 1 : 0;
            }

            Console.WriteLine("\n=== cache off (\"cold\": every request runs its SQL) ===");
            var cold = await MeasureAsync(home, queries, settings, cacheSize: 0, profile: false).ConfigureAwait(false);
            Console.WriteLine("\n=== cache on (edition-scoped response cache, Observatory:ResponseCacheSize default) ===");
            var warm = await MeasureAsync(home, queries, settings, Observatory.Api.Caching.ResponseCache.DefaultCapacity, profile: false).ConfigureAwait(false);
            if (cold is null || warm is null)
            {
                return 1;
            }

            Console.WriteLine(Invariant($"\nsummary: latency goal (cache off) {(cold.LatencyOk ? "ok" : "MISSED")}, (cache on) {(warm.LatencyOk ? "ok" : "MISSED")}; throughput {cold.PerSecond:N0} req/s cache off, {warm.PerSecond:N0} req/s cache on (goal ≥ 1,000)"));
            return cold.LatencyOk && warm.LatencyOk && warm.PerSecond >= 1000 && cold.Failures + warm.Failures == 0 ? 0 : 2;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private sealed record Settings(int Iterations, int Warmup, TimeSpan Duration, int Clients, bool Log);

    private sealed record Outcome(bool LatencyOk, double PerSecond, long Failures);

    /// <summary>Checks, then times one API host (latency table, throughput); null when the API and the SQL disagree.</summary>
    private static async Task<Outcome?> MeasureAsync(Observatory.Core.Home.DataHome home, IReadOnlyList<DashboardQuery> queries, Settings settings, int cacheSize, bool profile)
    {
        var host = await ApiHost.StartAsync(home, settings.Log, cacheSize).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            Console.WriteLine(Invariant($"API on {host.Address} ({host.EnvironmentName}); cores: {Environment.ProcessorCount}; GC: {(GCSettings.IsServerGC ? "server" : "workstation")}; DuckDB threads: default; response cache: {(cacheSize == 0 ? "off" : cacheSize.ToString(CultureInfo.InvariantCulture) + " entries")}"));
            using var client = new GraphQLClient(host.Address);
            using var lease = host.Warehouse.Acquire();
            using var pooled = lease.Rent();
            Console.WriteLine($"edition: {lease.Edition.RunId}");
            var rows = await CheckAsync(queries, client, pooled.Connection).ConfigureAwait(false);
            if (rows is null)
            {
                return null;
            }

            if (profile)
            {
                await ProfileRun.RunAsync(queries, client, lease, pooled.Connection, settings.Iterations).ConfigureAwait(false);
                return new Outcome(true, 0, 0);
            }

            Console.WriteLine(Invariant($"\nlatency: {settings.Iterations} iterations per query after {settings.Warmup} warm-up rounds, one request at a time, API and SQL interleaved"));
            var latencies = await LatencyRun.RunAsync(queries, client, pooled.Connection, rows, settings.Iterations, settings.Warmup).ConfigureAwait(false);
            LatencyRun.Print(latencies);

            var (clients, duration) = (settings.Clients, settings.Duration);
            var api = await ThroughputRun.ApiAsync(queries, host.Address, clients, duration).ConfigureAwait(false);
            var sql = ThroughputRun.Sql(queries, lease, clients, duration);
            var floor = await ThroughputRun.ApiAsync([ProfileRun.Floor], host.Address, clients, duration).ConfigureAwait(false);
            var catalog = await ThroughputRun.ApiAsync([queries.Single(q => q.ShortName == "08")], host.Address, clients, duration).ConfigureAwait(false);
            Console.WriteLine(Invariant($"\nthroughput, {clients} concurrent clients cycling the ten queries for {duration.TotalSeconds:N0} s (response cache {(cacheSize == 0 ? "off" : "on")}):"));
            Console.WriteLine(Invariant($"  API (HTTP + GraphQL): {api.PerSecond,8:N0} requests/s  ({api.Requests:N0} ok, {api.Failures} failed; CPU {api.Cpu.TotalSeconds / api.Elapsed.TotalSeconds:F2} cores, client included)  goal ≥ 1,000: {(api.PerSecond >= 1000 ? "ok" : "MISSED")}"));
            Console.WriteLine(Invariant($"  direct SQL ({clients} threads): {sql.PerSecond,8:N0} queries/s  (CPU {sql.Cpu.TotalSeconds / sql.Elapsed.TotalSeconds:F2} cores); API / SQL: {api.PerSecond / sql.PerSecond:P0}"));
            Console.WriteLine(Invariant($"  for reference, API without SQL: {{ __typename }} {floor.PerSecond:N0} requests/s; question 08 (catalogue held in memory, 575 rows of JSON) {catalog.PerSecond:N0} requests/s"));
            return new Outcome(latencies.All(l => l.MeetsGoal), api.PerSecond, api.Failures);
        }
    }

    /// <summary>Before timing: each query returns the same rows and values through the API as by SQL (null when not).</summary>
    private static async Task<Dictionary<DashboardQuery, long>?> CheckAsync(IReadOnlyList<DashboardQuery> queries, GraphQLClient client, DuckDbConnection connection)
    {
        var rows = new Dictionary<DashboardQuery, long>();
        var failed = false;
        foreach (var query in queries)
        {
            var api = GraphQLClient.Shape(query, await client.SendAsync(query).ConfigureAwait(false));
            var sql = DirectSql.Run(connection, query);
            var same = api.Rows == sql.Rows && api.Values == sql.Values && api.Nulls == sql.Nulls
                && Math.Abs(api.Sum - sql.Sum) <= 1e-9 * Math.Max(1, Math.Abs(sql.Sum));
            if (!same || api.Rows == 0)
            {
                Console.Error.WriteLine($"CHECK FAILED {query.Name}: API {api} / SQL {sql}");
                failed = true;
            }
            else
            {
                Console.WriteLine($"check {query.Name,-36} same data: {api}");
            }

            rows[query] = sql.Rows;
        }

        return failed ? null : rows;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
