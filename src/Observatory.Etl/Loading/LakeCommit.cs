using System.Text.Json;
using System.Text.Json.Serialization;

namespace Observatory.Etl.Loading;

/// <summary>
/// The journal of one file's commit into the lake: staged Parquet files to move into their
/// partitions, partitions to delete, and the registry to write afterwards. It is written
/// atomically before anything in the lake changes; applying it is idempotent, so a process killed
/// half-way is completed by the next run (<see cref="LakeCommitter.Recover"/>). Each partition
/// holds one file replaced by a single rename, so a reader sees the old or the new partition,
/// never a mix.
/// </summary>
public sealed record LakeCommit
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Source { get; init; }

    public required List<StagedMove> Moves { get; init; }

    /// <summary>Partition data files to delete (superseded partitions).</summary>
    public required List<string> Deletes { get; init; }

    public required string RegistryPath { get; init; }

    public required string RegistryJson { get; init; }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static LakeCommit Deserialize(string json) =>
        JsonSerializer.Deserialize<LakeCommit>(json, Json) ?? throw new InvalidDataException("Empty commit journal.");
}

/// <summary>A staged Parquet file and the partition file it becomes.</summary>
public sealed record StagedMove(string From, string To);
