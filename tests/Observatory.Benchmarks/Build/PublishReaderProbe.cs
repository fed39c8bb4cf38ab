using System.Diagnostics;
using Observatory.Core.Home;
using Observatory.DuckDb;

namespace Observatory.Benchmarks.Build;

/// <summary>
/// Child process of the warehouse publish test (<c>--build --read-loop HOME STOPFILE</c>): until STOPFILE
/// exists, follows <c>warehouse/current</c> and queries <c>pub</c> read-only in a tight loop, as a BI tool
/// would. Prints <c>edition RUN</c> the first time it sees a build, <c>error MESSAGE</c> for any failure,
/// and <c>done QUERIES ERRORS</c> at the end. Exit 0 when no query failed, 1 otherwise.
/// </summary>
internal static class PublishReaderProbe
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static int Run(string homePath, string stopFile)
    {
        var home = DataHome.Resolve(homePath);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long queries = 0, errors = 0;
        var watch = Stopwatch.StartNew();
        while (!File.Exists(stopFile) && watch.Elapsed < Limit)
        {
            try
            {
                var runId = QueryOnce(home);
                queries++;
                if (seen.Add(runId))
                {
                    Console.Out.WriteLine("edition " + runId);
                    Console.Out.Flush();
                }
            }
            catch (Exception ex) when (ex is DuckDbException or IOException or InvalidOperationException)
            {
                errors++;
                Console.Out.WriteLine("error " + ex.Message.ReplaceLineEndings(" "));
                Console.Out.Flush();
            }
        }

        Console.Out.WriteLine($"done {queries} {errors}");
        return errors == 0 ? 0 : 1;
    }

    private static string QueryOnce(DataHome home)
    {
        var path = home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        using (var values = connection.Query("select count(*), sum(value) from pub.indicator_values join pub.metiers using (metier)"))
        {
            _ = values.Rows().Single();
        }

        using var info = connection.Query("select run_id from build_info");
        return (string)info.Rows().Single()[0]!;
    }
}
