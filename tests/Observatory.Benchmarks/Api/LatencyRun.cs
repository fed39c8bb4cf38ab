using System.Diagnostics;
using System.Globalization;
using Observatory.DuckDb;

namespace Observatory.Benchmarks.Api;

/// <summary>Latencies of one query through the API and as direct SQL, in milliseconds, one entry per iteration.</summary>
internal sealed record QueryLatencies(DashboardQuery Query, long Rows, double[] Api, double[] Sql)
{
    /// <summary>Goal of issue 8: p95 through HTTP + GraphQL within 1.3 × the direct SQL's p95 plus 2 ms.</summary>
    public bool MeetsGoal => Percentile(Api, 0.95) <= (1.3 * Percentile(Sql, 0.95)) + 2.0;

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>
/// Times each query <c>iterations</c> times through the API and on a direct connection, interleaved (API then SQL on
/// even iterations, SQL then API on odd ones), after a warm-up of both, one request at a time.
/// </summary>
internal static class LatencyRun
{
    public static async Task<List<QueryLatencies>> RunAsync(
        IReadOnlyList<DashboardQuery> queries, GraphQLClient client, DuckDbConnection connection, IReadOnlyDictionary<DashboardQuery, long> rows, int iterations, int warmup)
    {
        for (var w = 0; w < warmup; w++)
        {
            foreach (var query in queries)
            {
                await client.SendAsync(query).ConfigureAwait(false);
                DirectSql.Run(connection, query);
            }
        }

        var api = queries.Select(_ => new double[iterations]).ToArray();
        var sql = queries.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                if (i % 2 == 0)
                {
                    api[q][i] = await TimeApiAsync(client, queries[q]).ConfigureAwait(false);
                    sql[q][i] = TimeSql(connection, queries[q]);
                }
                else
                {
                    sql[q][i] = TimeSql(connection, queries[q]);
                    api[q][i] = await TimeApiAsync(client, queries[q]).ConfigureAwait(false);
                }
            }
        }

        return [.. queries.Select((query, q) => new QueryLatencies(query, rows[query], api[q], sql[q]))];
    }

    public static void Print(IReadOnlyList<QueryLatencies> results)
    {
        Console.WriteLine("query                                 rows  API p50  API p95  SQL p50  SQL p95  p95 API/SQL  goal p95 ≤ 1.3×SQL+2ms");
        foreach (var r in results)
        {
            var apiP95 = QueryLatencies.Percentile(r.Api, 0.95);
            var sqlP95 = QueryLatencies.Percentile(r.Sql, 0.95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Query.Name,-36} {r.Rows,5} {QueryLatencies.Percentile(r.Api, 0.5),8:F2} {apiP95,8:F2} {QueryLatencies.Percentile(r.Sql, 0.5),8:F2} {sqlP95,8:F2} {apiP95 / sqlP95,10:F2}×  {(r.MeetsGoal ? "ok" : "MISSED")} (limit {(1.3 * sqlP95) + 2,6:F2} ms)"));
        }

        var all = results.Count(r => r.MeetsGoal);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latencies in ms; {all}/{results.Count} queries meet the latency goal; sum of p50s: API {results.Sum(r => QueryLatencies.Percentile(r.Api, 0.5)):F1} ms, SQL {results.Sum(r => QueryLatencies.Percentile(r.Sql, 0.5)):F1} ms"));
    }

    private static async Task<double> TimeApiAsync(GraphQLClient client, DashboardQuery query)
    {
        var start = Stopwatch.GetTimestamp();
        await client.SendAsync(query).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double TimeSql(DuckDbConnection connection, DashboardQuery query)
    {
        var start = Stopwatch.GetTimestamp();
        DirectSql.Run(connection, query);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
