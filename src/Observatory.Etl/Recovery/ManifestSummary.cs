using System.Globalization;
using System.Text.Json;
using Observatory.Etl.Jobs;

namespace Observatory.Etl.Recovery;

/// <summary>What the recovery needs of a run manifest: its run, state, process, start and the raw files it names.</summary>
internal sealed record ManifestSummary(string Path, string RunId, string State, int? Pid, DateTimeOffset? StartedAt, IReadOnlyList<string> Sha256s)
{
    /// <summary>Every <c>runs/*.json</c>, and whether one of them could not be read.</summary>
    public static (IReadOnlyList<ManifestSummary> Manifests, bool AnyUnreadable) ReadAll(string runsDirectory)
    {
        var manifests = new List<ManifestSummary>();
        var unreadable = false;
        if (!Directory.Exists(runsDirectory))
        {
            return (manifests, false);
        }

        foreach (var path in Directory.EnumerateFiles(runsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                manifests.Add(Read(path));
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException or FormatException)
            {
                unreadable = true;
            }
        }

        return (manifests, unreadable);
    }

    private static ManifestSummary Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var runId = Text(root, "run") ?? System.IO.Path.GetFileNameWithoutExtension(path);
        var shas = new List<string>();
        if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array)
        {
            shas.AddRange(files.EnumerateArray().Select(f => Text(f, "sha256")).OfType<string>());
        }

        int? pid = root.TryGetProperty("pid", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;
        DateTimeOffset? started = Text(root, "started_at") is { } s
            ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
        return new ManifestSummary(path, runId, Text(root, "state") ?? RunState.Completed, pid, started, shas);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
