using System.Globalization;
using System.Text.Json;
using Observatory.Core.Home;
using Observatory.Core.Runs;

namespace Observatory.Api.Data;

/// <summary>One ingest run (<c>runs/*.json</c>) or warehouse build (<c>warehouse/builds/*.duckdb</c>).</summary>
public sealed record RunInfo(string Id, string Kind, string? StartedAt, int? Files, int? RowsRead, int? RowsAccepted, int? RowsQuarantined);

/// <summary>Reads the run history of a data home from its files (no warehouse needed).</summary>
public static class RunHistory
{
    /// <summary>The <paramref name="last"/> most recent runs, newest first (run ids start with their UTC time).</summary>
    public static IReadOnlyList<RunInfo> Read(DataHome home, int last)
    {
        var runs = new List<RunInfo>();
        if (Directory.Exists(home.RunsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(home.RunsDirectory, "*.json"))
            {
                if (TryReadIngest(file) is { } run)
                {
                    runs.Add(run);
                }
            }
        }

        if (Directory.Exists(home.BuildsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(home.BuildsDirectory, "*.duckdb"))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                runs.Add(new RunInfo(id, "build", StartedAt(id), null, null, null, null));
            }
        }

        return [.. runs.OrderByDescending(r => r.Id, StringComparer.Ordinal).Take(Math.Max(0, last))];
    }

    private static RunInfo? TryReadIngest(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var id = root.TryGetProperty("run", out var run) && run.ValueKind == JsonValueKind.String
                ? run.GetString()!
                : Path.GetFileNameWithoutExtension(file);
            var started = root.TryGetProperty("started_at", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : StartedAt(id);
            int files = 0, read = 0, accepted = 0, quarantined = 0;
            if (root.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in list.EnumerateArray())
                {
                    files++;
                    read += Count(entry, "read");
                    accepted += Count(entry, "accepted");
                    quarantined += Count(entry, "quarantined");
                }
            }

            return new RunInfo(id, "ingest", started, files, read, accepted, quarantined);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // a manifest being written or broken is not a run to list
        }
    }

    private static int Count(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    /// <summary>The start time encoded in a run id such as <c>20261203T131223480Z-9585</c>, ISO 8601.</summary>
    private static string? StartedAt(string id) =>
        RunId.StartedAt(id)?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
