using System.Text.RegularExpressions;
using Observatory.Core.Values;

namespace Observatory.Etl.Contracts;

/// <summary>
/// A raw-file contract of <c>schemas/sources/&lt;id&gt;.yaml</c>: how to recognise the file, map
/// its headers per vintage, type and normalise its cells, and which row rules apply.
/// </summary>
public sealed record SourceContract
{
    public required string Id { get; init; }

    public required int ContractVersion { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    public required string Licence { get; init; }

    public required SourceFormat Format { get; init; }

    /// <summary><c>utf-8</c>, <c>utf-8-bom</c> or <c>iso-8859-1</c>.</summary>
    public required string Encoding { get; init; }

    public char? Delimiter { get; init; }

    public required char DecimalSeparator { get; init; }

    public bool HasHeader { get; init; } = true;

    public IReadOnlyList<Regex> FilePatterns { get; init; } = [];

    public Regex? DataSheet { get; init; }

    /// <summary>
    /// <c>sheets.all_matching: true</c>: every sheet matching <see cref="DataSheet"/> (and no ignored pattern) is a data
    /// sheet of the file, matched to its own variant (told apart by <see cref="ContractVariant.Sheet"/>); their rows are
    /// the file's rows. Otherwise only the best-matching sheet is read.
    /// </summary>
    public bool AllMatchingSheets { get; init; }

    public IReadOnlyList<Regex> IgnoredSheets { get; init; } = [];

    public Regex? Preamble { get; init; }

    public required string Grain { get; init; }

    public required IReadOnlyList<string> Key { get; init; }

    public IReadOnlyList<string> Partitioning { get; init; } = [];

    public required double MaxRejectRate { get; init; }

    public IReadOnlyDictionary<string, ValueStatus> Masks { get; init; } = new Dictionary<string, ValueStatus>();

    public required ContractDetection Detection { get; init; }

    /// <summary>Column receiving the year captured from repeated wide headers, or null.</summary>
    public string? UnpivotKeyColumn { get; init; }

    public required IReadOnlyList<ContractColumn> Columns { get; init; }

    public required IReadOnlyList<ContractVariant> Variants { get; init; }

    public required IReadOnlyList<RowRule> Rules { get; init; }

    /// <summary>The YAML file the contract was read from.</summary>
    public required string FilePath { get; init; }

    public ContractColumn? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Columns available in a variant: mapped by a header, set by a constant, or derived.</summary>
    public IReadOnlySet<string> AvailableColumns(ContractVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var set = new HashSet<string>(variant.MappedColumns, StringComparer.Ordinal);
        set.UnionWith(Columns.Where(c => c.Derive != ColumnDerivation.None).Select(c => c.Name));
        return set;
    }

    /// <summary>The status of a raw cell under the column's then the contract's masks, or null when not masked.</summary>
    public ValueStatus? MaskStatus(ContractColumn column, string raw)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = (raw ?? string.Empty).Trim();
        return column.Masks.TryGetValue(text, out var s) ? s
            : Masks.TryGetValue(text, out var c) ? c
            : null;
    }
}
