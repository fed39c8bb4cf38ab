using System.Text;
using System.Text.Json;

namespace Observatory.Etl.Jobs;

/// <summary>
/// <c>runs/&lt;run&gt;.files.jsonl</c>: while a run is under way, one line per finished file (the manifest's
/// file entry, <see cref="RunManifestWriter.FileLine"/>), appended as each file ends, so that a killed run's
/// files can be listed by the next ingest without rewriting the whole manifest after every file. Deleted once
/// the manifest is completed or marked interrupted. A line cut short by a kill is ignored when read.
/// </summary>
public static class RunFileLog
{
    public const string Suffix = ".files.jsonl";

    public static string PathFor(string runsDirectory, string runId) => Path.Combine(runsDirectory, runId + Suffix);

    public static void Append(string path, IngestFileResult file)
    {
        File.AppendAllText(path, RunManifestWriter.FileLine(file) + "\n", new UTF8Encoding(false));
    }

    /// <summary>The complete lines of a log (each one JSON object), or none when there is no log.</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (IsObject(line))
            {
                lines.Add(line);
            }
        }

        return lines;
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
