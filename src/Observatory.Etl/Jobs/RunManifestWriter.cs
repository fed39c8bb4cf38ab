using System.Text.Json;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Writes an ingest run as JSON: the manifest <c>runs/&lt;run&gt;.json</c> (with capped issues and
/// output paths) and the one document <c>observatory ingest --json</c> prints.
/// </summary>
public static class RunManifestWriter
{
    public static void Write(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        WriteJson(report, buffer, detailed: true);
        LakeCommitter.WriteAtomically(report.ManifestPath, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
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
            json.WriteString("started_at", report.StartedAt);
            json.WriteString("finished_at", report.FinishedAt);
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
