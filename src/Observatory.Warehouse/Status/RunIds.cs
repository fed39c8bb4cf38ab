using System.Globalization;

namespace Observatory.Warehouse.Status;

/// <summary>Run ids start with their UTC start time: <c>20261122T085314155Z-20118</c>.</summary>
internal static class RunIds
{
    public static DateTimeOffset? StartedAt(string? runId)
    {
        if (runId is null || runId.Length < 19)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(runId[..19], "yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
    }
}
