using System.Text.Json;
using Observatory.Etl.Loading;
using Observatory.Etl.Recovery;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Writes an ingest run as JSON: the manifest <c>runs/&lt;run&gt;.json</c> (with capped issues and
/// output paths) and the one document <c>observatory ingest --json</c> prints. The manifest is
/// first written <see cref="RunState.Running"/> (no files yet), then completed; see <see cref="RunState"/>.
/// </summary>
public static class RunManifestWriter
{
    /// <summary>The manifest of a run that starts: state <c>running</c>, the process id, the start time, no files.</summary>
    public static void WriteRunning(string manifestPath, string runId, DateTimeOffset startedAt)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("run", runId);
            json.WriteString("state", RunState.Running);
            json.WriteNumber("pid", Environment.ProcessId);
            json.WriteString("started_at", startedAt);
            json.WriteStartArray("files");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        LakeCommitter.WriteAtomically(manifestPath, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The completed manifest of <paramref name="report"/> (state <c>completed</c>).</summary>
    public static void Write(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        WriteJson(report, buffer, detailed: true);
        LakeCommitter.WriteAtomically(report.ManifestPath, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One file of a run as the manifest writes it, on one line (the run's file log, <see cref="Core.Runs.RunFileLog"/>).</summary>
    public static string FileLine(IngestFileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteFile(json, file, detailed: true);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The run as JSON: <c>{"run": …, "files": [{path, source, vintage, sha256, read, accepted, quarantined, status, reason, message}]}</c>.</summary>
    public static void WriteJson(IngestReport report, Stream output, bool detailed)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = detailed });
        json.WriteStartObject();
        json.WriteString("run", report.RunId);
        if (detailed)
        {
            json.WriteString("state", RunState.Completed);
            json.WriteString("started_at", report.StartedAt);
            json.WriteString("finished_at", report.FinishedAt);
        }

        if (report.Recovery is { } recovery)
        {
            RecoveryJson.Write(json, recovery);
        }

        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            WriteFile(json, file, detailed);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, IngestFileResult file, bool detailed)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("source", file.Source);
        json.WriteString("vintage", file.Vintage);
        json.WriteString("sha256", file.Sha256);
        json.WriteNumber("read", file.Read);
        json.WriteNumber("accepted", file.Accepted);
        json.WriteNumber("quarantined", file.Quarantined);
        json.WriteString("status", file.StatusCode);
        json.WriteString("reason", file.Reason);
        json.WriteString("message", file.Message);
        json.WriteStartObject("issue_counts");
        foreach (var (code, count) in file.IssueCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(code, count);
        }

        json.WriteEndObject();
        if (detailed)
        {
            json.WriteString("quarantine_parquet", file.QuarantineParquet);
            json.WriteString("quarantine_csv", file.QuarantineCsv);
            json.WriteStartArray("partitions");
            foreach (var partition in file.Partitions)
            {
                json.WriteStringValue(partition);
            }

            json.WriteEndArray();
            json.WriteStartArray("issues");
            foreach (var issue in file.Issues)
            {
                json.WriteStartObject();
                json.WriteString("sheet", issue.Sheet);
                if (issue.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }

                json.WriteString("column", issue.Column);
                json.WriteString("raw_value", issue.RawValue);
                json.WriteString("code", issue.Code);
                json.WriteString("severity", issue.Severity);
                json.WriteString("message", issue.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
