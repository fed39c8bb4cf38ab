using System.Globalization;
using Observatory.Core.Home;
using Observatory.Core.Runs;
using Observatory.Warehouse.Status;

namespace Observatory.Api.Data;

/// <summary>
/// One ingest run (<c>runs/*.json</c>) or warehouse build (<c>warehouse/builds/*.duckdb</c>). <see cref="Status"/> is
/// the ingest run's outcome as <c>observatory status</c> shows it (<c>succeeded</c>, <c>partial</c>, <c>failed</c>,
/// <c>empty</c>, <c>running</c>, <c>interrupted</c>, <c>unreadable</c>); null for a build.
/// </summary>
public sealed record RunInfo(string Id, string Kind, string? StartedAt, int? Files, int? RowsRead, int? RowsAccepted, int? RowsQuarantined, string? Status);

/// <summary>Reads the run history of a data home from its files (no warehouse needed); ingest runs through the status's reader.</summary>
public static class RunHistory
{
    /// <summary>The <paramref name="last"/> most recent runs, newest first (run ids start with their UTC time).</summary>
    public static IReadOnlyList<RunInfo> Read(DataHome home, int last)
    {
        var runs = new List<RunInfo>();
        foreach (var run in RunHistoryReader.ReadRuns(home.RunsDirectory))
        {
            runs.Add(new RunInfo(run.RunId, "ingest", Iso(run.StartedAt), run.Files, Int(run.RowsRead), Int(run.RowsAccepted),
                Int(run.RowsQuarantined), run.Outcome));
        }

        if (Directory.Exists(home.BuildsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(home.BuildsDirectory, "*.duckdb"))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                runs.Add(new RunInfo(id, "build", Iso(RunId.StartedAt(id)), null, null, null, null, null));
            }
        }

        return [.. runs.OrderByDescending(r => r.Id, StringComparer.Ordinal).Take(Math.Max(0, last))];
    }

    private static int Int(long n) => (int)Math.Clamp(n, int.MinValue, int.MaxValue);

    /// <summary>A start time as ISO 8601 to the second, UTC.</summary>
    private static string? Iso(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
