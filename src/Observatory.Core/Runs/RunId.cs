using System.Globalization;

namespace Observatory.Core.Runs;

/// <summary>
/// The id of an ingest or build run: its UTC start time to the millisecond, then the process id on
/// five digits (<c>20261122T085314155Z-20118</c>), so that ids sort by start time and two processes
/// started in the same millisecond still differ.
/// </summary>
public static class RunId
{
    private const string StampFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    /// <summary>A new run id for a run started at <paramref name="startedUtc"/> by this process.</summary>
    public static string New(DateTimeOffset startedUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedUtc.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture)}-{Environment.ProcessId % 100000:00000}");

    /// <summary>The UTC start time a run id begins with (also the older second-precision stamp), or null.</summary>
    public static DateTimeOffset? StartedAt(string? runId)
    {
        if (string.IsNullOrEmpty(runId))
        {
            return null;
        }

        var stamp = runId.Split('-')[0];
        return DateTimeOffset.TryParseExact(stamp, [StampFormat, "yyyyMMdd'T'HHmmss'Z'"], CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
    }
}
