using System.Diagnostics;
using System.Globalization;
using Observatory.DuckDb;
using Observatory.Warehouse.Access;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// <c>--profile</c>: where an API request's time goes. Per query, interleaved: the whole request (HTTP + GraphQL), the
/// SQL the API's resolvers run (its data layer, no HTTP), the direct SQL, and the HTTP floor (<c>{ __typename }</c>:
/// Kestrel, routing, request parsing, cached document, response writing, no resolver). p50s in ms.
/// </summary>
internal static class ProfileRun
{
    /// <summary>The cheapest request: no resolver, no SQL.</summary>
    public static readonly DashboardQuery Floor = DashboardQuery.Inline("00-http-floor", "{ __typename }");

    public static async Task RunAsync(IReadOnlyList<DashboardQuery> queries, GraphQLClient client, EditionLease lease, DuckDbConnection connection, int iterations)
    {
        for (var w = 0; w < 20; w++)
        {
            await client.SendAsync(Floor).ConfigureAwait(false);
        }

        Console.WriteLine("\nprofile (p50, ms)                    request  API SQL  direct SQL  API SQL/direct  HTTP floor  GraphQL+JSON (request − API SQL − floor)");
        foreach (var query in queries)
        {
            var total = new double[iterations];
            var data = new double[iterations];
            var direct = new double[iterations];
            var floor = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                total[i] = await TimeAsync(() => client.SendAsync(query)).ConfigureAwait(false);
                data[i] = Time(() => ApiDataLayer.Run(lease, query));
                direct[i] = Time(() => DirectSql.Run(connection, query));
                floor[i] = await TimeAsync(() => client.SendAsync(Floor)).ConfigureAwait(false);
            }

            var (t, d, s, f) = (P50(total), P50(data), P50(direct), P50(floor));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{query.Name,-36} {t,8:F2} {d,8:F2} {s,11:F2} {d / s,14:F2}× {f,11:F2} {t - d - f,12:F2}"));
        }
    }

    private static double P50(double[] values) => QueryLatencies.Percentile(values, 0.5);

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static async Task<double> TimeAsync(Func<Task<byte[]>> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action().ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
