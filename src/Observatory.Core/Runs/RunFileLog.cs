using System.Text;
using System.Text.Json;

namespace Observatory.Core.Runs;

/// <summary>
/// <c>runs/&lt;run&gt;.files.jsonl</c>: while an ingest is under way, one line per finished file (the manifest's file
/// entry), appended as each file ends, so that a killed run's files can be listed — by the next ingest and by the
/// status — without rewriting the whole manifest after every file. Deleted once the manifest is completed or marked
/// interrupted. The ingest writes it (<c>Observatory.Etl.Jobs.RunFileLogWriter</c>); this is its one reader.
/// </summary>
public static class RunFileLog
{
    public const string Suffix = ".files.jsonl";

    public static string PathFor(string runsDirectory, string runId) => Path.Combine(runsDirectory, runId + Suffix);

    /// <summary>
    /// The complete lines of a log (each one JSON object): a line a kill cut short is skipped; none when there is no
    /// log, or when it was removed while being read (the run ended).
    /// </summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        string[] lines;
        try
        {
            lines = File.Exists(path) ? File.ReadAllLines(path, Encoding.UTF8) : [];
        }
        catch (IOException)
        {
            return [];
        }

        return [.. lines.Where(IsObject)];
    }

    private static bool IsObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
