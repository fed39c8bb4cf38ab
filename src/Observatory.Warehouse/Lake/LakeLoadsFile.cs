using System.Text.Json;

namespace Observatory.Warehouse.Lake;

/// <summary>
/// One registry <c>lake/&lt;source&gt;/_loads.json</c> as the ingest keeps it: the source and one entry
/// per loaded raw file (SHA-256, ingest run, file, scope, contract version, row accounting). Fields
/// the file lacks are null; a file that is not JSON throws <see cref="JsonException"/>.
/// </summary>
internal sealed record LakeLoadsFile(string? Source, IReadOnlyList<LakeLoad> Loads)
{
    public const string FileName = "_loads.json";

    public static LakeLoadsFile Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var loads = new List<LakeLoad>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("loads", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var load in entries.EnumerateArray())
            {
                loads.Add(new LakeLoad(
                    Text(load, "sha256"), Text(load, "run_id"), Text(load, "file"), Text(load, "scope"),
                    Number(load, "contract_version"), Number(load, "read"), Number(load, "accepted"), Number(load, "quarantined")));
            }
        }

        return new LakeLoadsFile(root.ValueKind == JsonValueKind.Object ? Text(root, "source") : null, loads);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : null;
}

/// <summary>One loaded raw file in a lake registry.</summary>
internal sealed record LakeLoad(
    string? Sha256, string? RunId, string? File, string? Scope, long? ContractVersion, long? Read, long? Accepted, long? Quarantined);
