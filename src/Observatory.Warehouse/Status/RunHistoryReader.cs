using System.Globalization;
using System.Text.Json;
using Observatory.Core.Runs;

namespace Observatory.Warehouse.Status;

/// <summary>
/// Reads the ingest manifests <c>runs/*.json</c>: one <see cref="RunStatus"/> per run, and the per-file
/// lines the source table needs (quarantined rows and rejected files per source). An unreadable
/// manifest is listed with the outcome <c>unreadable</c> rather than failing the status.
/// </summary>
internal static class RunHistoryReader
{
    public const string UnknownSource = "(non reconnue)";

    public static (IReadOnlyList<RunStatus> Runs, IReadOnlyList<RunFileLine> Files) Read(string runsDirectory)
    {
        var runs = new List<RunStatus>();
        var files = new List<RunFileLine>();
        if (!Directory.Exists(runsDirectory))
        {
            return (runs, files);
        }

        foreach (var path in Directory.EnumerateFiles(runsDirectory, "*.json"))
        {
            var fallbackId = Path.GetFileNameWithoutExtension(path);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                runs.Add(ReadRun(document.RootElement, fallbackId, files));
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException or FormatException)
            {
                runs.Add(new RunStatus { RunId = fallbackId, StartedAt = RunId.StartedAt(fallbackId), Outcome = "unreadable" });
            }
        }

        runs.Sort((a, b) => string.CompareOrdinal(b.RunId, a.RunId));
        return (runs, files);
    }

    private static RunStatus ReadRun(JsonElement root, string fallbackId, List<RunFileLine> lines)
    {
        var runId = Text(root, "run") ?? fallbackId;
        int loaded = 0, unchanged = 0, rejected = 0, count = 0;
        long read = 0, accepted = 0, quarantined = 0;
        if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                count++;
                var status = Text(file, "status") ?? string.Empty;
                loaded += status == "loaded" ? 1 : 0;
                unchanged += status == "unchanged" ? 1 : 0;
                rejected += status == "rejected" ? 1 : 0;
                var line = new RunFileLine(runId, Text(file, "source") ?? UnknownSource, status,
                    Number(file, "read"), Number(file, "accepted"), Number(file, "quarantined"));
                read += line.Read;
                accepted += line.Accepted;
                quarantined += line.Quarantined;
                lines.Add(line);
            }
        }

        return new RunStatus
        {
            RunId = runId,
            StartedAt = Time(root, "started_at") ?? RunId.StartedAt(runId),
            FinishedAt = Time(root, "finished_at"),
            Files = count,
            LoadedFiles = loaded,
            UnchangedFiles = unchanged,
            RejectedFiles = rejected,
            RowsRead = read,
            RowsAccepted = accepted,
            RowsQuarantined = quarantined,
            Outcome = count == 0 ? "empty" : rejected == 0 ? "succeeded" : rejected == count ? "failed" : "partial",
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;
}

/// <summary>One file line of a run manifest.</summary>
internal sealed record RunFileLine(string RunId, string Source, string Status, long Read, long Accepted, long Quarantined);
