using System.Text;
using System.Text.Json;
using Observatory.Etl.Jobs;
using Observatory.Etl.Loading;

namespace Observatory.Etl.Recovery;

/// <summary>
/// Rewrites the manifest of a killed run: state <c>interrupted</c>, its start, when and by which run it was
/// found abandoned, and the files it finished (entries as the manifest writes them). No <c>finished_at</c>.
/// </summary>
internal static class InterruptedManifestWriter
{
    public static void Write(string path, string runId, ManifestSummary? previous, DateTimeOffset foundAt, string foundBy, IReadOnlyList<string> fileLines)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("run", runId);
            json.WriteString("state", RunState.Interrupted);
            if (previous?.Pid is { } pid)
            {
                json.WriteNumber("pid", pid);
            }

            if ((previous?.StartedAt ?? Core.Runs.RunId.StartedAt(runId)) is { } started)
            {
                json.WriteString("started_at", started);
            }

            json.WriteString("found_interrupted_at", foundAt);
            json.WriteString("found_by_run", foundBy);
            json.WriteBoolean("manifest_was_missing", previous is null);
            json.WriteStartArray("files");
            foreach (var line in fileLines)
            {
                using var file = JsonDocument.Parse(line);
                file.RootElement.WriteTo(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        LakeCommitter.WriteAtomically(path, Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
