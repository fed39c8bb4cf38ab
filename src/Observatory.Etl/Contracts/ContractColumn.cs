using Observatory.Core.Values;

namespace Observatory.Etl.Contracts;

/// <summary>A canonical column of a contract (see <c>schemas/README.md</c> §2.2).</summary>
public sealed record ContractColumn
{
    public required string Name { get; init; }

    public required ColumnType Type { get; init; }

    public string? Unit { get; init; }

    public string? Description { get; init; }

    public bool Nullable { get; init; } = true;

    /// <summary>Ordered normalisation steps (<c>trim</c>, <c>upper</c>, <c>pad_left:2</c>…).</summary>
    public IReadOnlyList<NormalizeStep> Normalize { get; init; } = [];

    /// <summary>Regex the normalised value must match, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>Closed list of normalised values (empty = any).</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    public ColumnReference? Reference { get; init; }

    /// <summary>Date pattern for <see cref="ColumnType.Date"/>.</summary>
    public string? Format { get; init; }

    /// <summary>Column-level masks (raw trimmed text → status), overriding the contract's.</summary>
    public IReadOnlyDictionary<string, ValueStatus> Masks { get; init; } = new Dictionary<string, ValueStatus>();

    public ColumnDerivation Derive { get; init; }

    /// <summary>Line of the column in its YAML file.</summary>
    public int Line { get; init; }

    /// <summary>Applies <see cref="Normalize"/> to a raw cell text.</summary>
    public string ApplyNormalization(string raw)
    {
        var value = raw;
        foreach (var step in Normalize)
        {
            value = step.Apply(value);
        }

        return value;
    }
}
