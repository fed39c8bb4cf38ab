using System.Text.Json;

namespace Observatory.Warehouse.Status;

/// <summary>
/// Reads the file log a running ingest appends to (<c>runs/&lt;run&gt;.files.jsonl</c>, one manifest file entry
/// per line). The Warehouse does not reference the ingest, so the format is read here from the file; a line a
/// kill cut short is skipped.
/// </summary>
internal static class RunningFileLog
{
    public const string Suffix = ".files.jsonl";

    /// <summary>One document per complete line; the caller disposes them.</summary>
    public static IEnumerable<JsonDocument> Read(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException)
        {
            yield break; // the run ended and removed its log while it was listed
        }

        foreach (var line in lines)
        {
            if (TryParse(line) is { } document)
            {
                yield return document;
            }
        }
    }

    private static JsonDocument? TryParse(string line)
    {
        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
