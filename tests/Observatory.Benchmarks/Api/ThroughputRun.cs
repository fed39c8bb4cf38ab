using System.Diagnostics;
using Observatory.Warehouse.Access;

namespace Observatory.Benchmarks.Api;

/// <summary>Requests completed by concurrent clients cycling the ten queries for a fixed time.</summary>
internal sealed record Throughput(long Requests, long Failures, TimeSpan Elapsed, TimeSpan Cpu)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// Throughput: <c>clients</c> HTTP clients (each its own keep-alive connection) cycling the ten queries, each starting
/// at a different one; and, for reference, as many threads running the direct SQL on their own connections.
/// </summary>
internal static class ThroughputRun
{
    public static async Task<Throughput> ApiAsync(IReadOnlyList<DashboardQuery> queries, Uri address, int clients, TimeSpan duration)
    {
        var http = Enumerable.Range(0, clients).Select(_ => new GraphQLClient(address)).ToArray();
        try
        {
            foreach (var client in http)
            {
                await client.SendAsync(queries[0]).ConfigureAwait(false); // open the connection
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var counts = await Task.WhenAll(http.Select((client, c) => Task.Run(() => LoopAsync(client, queries, c, deadline)))).ConfigureAwait(false);
            watch.Stop();
            return new Throughput(counts.Sum(x => x.Ok), counts.Sum(x => x.Failed), watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        }
        finally
        {
            foreach (var client in http)
            {
                client.Dispose();
            }
        }
    }

    public static Throughput Sql(IReadOnlyList<DashboardQuery> queries, EditionLease lease, int threads, TimeSpan duration)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            using var pooled = lease.Rent();
            for (var k = t; Stopwatch.GetTimestamp() < deadline; k++)
            {
                DirectSql.Run(pooled.Connection, queries[k % queries.Count]);
                counts[t]++;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        watch.Stop();
        return new Throughput(counts.Sum(), 0, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static async Task<(long Ok, long Failed)> LoopAsync(GraphQLClient client, IReadOnlyList<DashboardQuery> queries, int start, long deadline)
    {
        long ok = 0, failed = 0;
        for (var k = start; Stopwatch.GetTimestamp() < deadline; k++)
        {
            try
            {
                await client.SendAsync(queries[k % queries.Count]).ConfigureAwait(false);
                ok++;
            }
            catch (InvalidOperationException)
            {
                failed++;
            }
            catch (HttpRequestException)
            {
                failed++;
            }
        }

        return (ok, failed);
    }
}
