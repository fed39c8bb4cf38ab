using System.Globalization;
using System.Text.Json;
using Observatory.Core.Runs;

namespace Observatory.Warehouse.Status;

/// <summary>
/// Reads the ingest manifests <c>runs/*.json</c>: one <see cref="RunStatus"/> per run, and the per-file
/// lines the source table needs (quarantined rows and rejected files per source). An unreadable
/// manifest is listed with the outcome <c>unreadable</c> rather than failing the status. A manifest's
/// <c>state</c> (written by the ingest) decides first: <c>running</c> stays <c>running</c> while its process
/// lives and is shown <c>interrupted</c> once it is gone (killed; the next ingest writes it so);
/// <c>interrupted</c> is <c>interrupted</c>; a completed run's outcome comes from its files.
/// </summary>
public static class RunHistoryReader
{
    public const string UnknownSource = "(non reconnue)";

    /// <summary>The ingest runs of <paramref name="runsDirectory"/>, most recent first (also the API's <c>runs</c>).</summary>
    public static IReadOnlyList<RunStatus> ReadRuns(string runsDirectory) => Read(runsDirectory).Runs;

    internal static (IReadOnlyList<RunStatus> Runs, IReadOnlyList<RunFileLine> Files) Read(string runsDirectory)
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
                runs.Add(ReadRun(document.RootElement, fallbackId, runsDirectory, files));
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException or FormatException)
            {
                runs.Add(new RunStatus { RunId = fallbackId, StartedAt = RunId.StartedAt(fallbackId), Outcome = "unreadable" });
            }
        }

        runs.Sort((a, b) => string.CompareOrdinal(b.RunId, a.RunId));
        return (runs, files);
    }

    private static RunStatus ReadRun(JsonElement root, string fallbackId, string runsDirectory, List<RunFileLine> lines)
    {
        var runId = Text(root, "run") ?? fallbackId;
        var state = Text(root, "state");
        var totals = new Totals();
        if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in files.EnumerateArray())
            {
                lines.Add(totals.Add(runId, file));
            }
        }

        if (state == "running")
        {
            // A run under way (or killed before the next ingest marked it) lists its finished files in its log.
            foreach (var line in RunFileLog.ReadLines(RunFileLog.PathFor(runsDirectory, runId)))
            {
                using var file = JsonDocument.Parse(line);
                lines.Add(totals.Add(runId, file.RootElement));
            }
        }

        return new RunStatus
        {
            RunId = runId,
            StartedAt = Time(root, "started_at") ?? RunId.StartedAt(runId),
            FinishedAt = Time(root, "finished_at"),
            Files = totals.Count,
            LoadedFiles = totals.Loaded,
            UnchangedFiles = totals.Unchanged,
            RejectedFiles = totals.Rejected,
            RowsRead = totals.Read,
            RowsAccepted = totals.Accepted,
            RowsQuarantined = totals.Quarantined,
            Outcome = state switch
            {
                "running" => RunLiveness.IsAlive(Pid(root)) ? "running" : "interrupted",
                "interrupted" => "interrupted",
                _ => totals.Count == 0 ? "empty" : totals.Rejected == 0 ? "succeeded" : totals.Rejected == totals.Count ? "failed" : "partial",
            },
        };
    }

    private static int? Pid(JsonElement root) =>
        root.TryGetProperty("pid", out var pid) && pid.ValueKind == JsonValueKind.Number && pid.TryGetInt32(out var n) ? n : null;

    /// <summary>Counts of the file entries of one run.</summary>
    private sealed class Totals
    {
        public int Count { get; private set; }

        public int Loaded { get; private set; }

        public int Unchanged { get; private set; }

        public int Rejected { get; private set; }

        public long Read { get; private set; }

        public long Accepted { get; private set; }

        public long Quarantined { get; private set; }

        public RunFileLine Add(string runId, JsonElement file)
        {
            var status = Text(file, "status") ?? string.Empty;
            Count++;
            Loaded += status == "loaded" ? 1 : 0;
            Unchanged += status == "unchanged" ? 1 : 0;
            Rejected += status == "rejected" ? 1 : 0;
            var line = new RunFileLine(runId, Text(file, "source") ?? UnknownSource, status,
                Number(file, "read"), Number(file, "accepted"), Number(file, "quarantined"));
            Read += line.Read;
            Accepted += line.Accepted;
            Quarantined += line.Quarantined;
            return line;
        }
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
