using System.Text.Json;
using System.Text.Json.Serialization;

namespace Observatory.Etl.Loading;

/// <summary>
/// <c>lake/&lt;source&gt;/_loads.json</c>: which file (SHA-256) owns each partition of a source's
/// dataset, and every load with its scope (vintage and file department). It lets the ingest say
/// <c>unchanged</c> for a file already loaded and know which partitions a corrected file replaces.
/// Written atomically (temporary file, then rename).
/// </summary>
public sealed class LakeRegistry
{
    public const string FileName = "_loads.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Source { get; set; } = string.Empty;

    /// <summary>Partition path (<c>vintage=2024/department_code=01</c>, or <c>.</c> when unpartitioned) → its owner.</summary>
    public SortedDictionary<string, PartitionOwner> Partitions { get; set; } = new(StringComparer.Ordinal);

    public List<LoadRecord> Loads { get; set; } = [];

    public static string PathFor(string lakeDirectory, string source) => Path.Combine(lakeDirectory, source, FileName);

    public static LakeRegistry Read(string lakeDirectory, string source)
    {
        var path = PathFor(lakeDirectory, source);
        if (!File.Exists(path))
        {
            return new LakeRegistry { Source = source };
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<LakeRegistry>(stream, Json) ?? new LakeRegistry { Source = source };
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static LakeRegistry Deserialize(string json) =>
        JsonSerializer.Deserialize<LakeRegistry>(json, Json) ?? throw new InvalidDataException("Empty lake registry.");

    /// <summary>True when this exact content, under this contract version, is what the lake holds for its partitions.</summary>
    public bool IsCurrent(string sha256, int contractVersion)
    {
        var load = Loads.LastOrDefault(l => l.Sha256 == sha256 && l.ContractVersion == contractVersion);
        return load is not null && load.Partitions.All(p => Partitions.TryGetValue(p, out var owner) && owner.Sha256 == sha256);
    }

    /// <summary>Partitions owned by earlier loads of the same scope that a new load of that scope does not rewrite.</summary>
    public IReadOnlyList<string> Superseded(string scope, IEnumerable<string> newPartitions)
    {
        var keep = new HashSet<string>(newPartitions, StringComparer.Ordinal);
        return [.. Partitions.Where(p => p.Value.Scope == scope && !keep.Contains(p.Key)).Select(p => p.Key)];
    }
}

/// <summary>The load that wrote a partition.</summary>
public sealed record PartitionOwner(string Sha256, string RunId, string Scope);

/// <summary>One file loaded into a source's dataset.</summary>
public sealed record LoadRecord(
    string Sha256, string RunId, string File, string Scope, int ContractVersion, long Read, long Accepted, long Quarantined,
    IReadOnlyList<string> Partitions);
