namespace Observatory.Etl.Contracts;

/// <summary>One header layout of a source, valid for a vintage range (see <c>schemas/README.md</c> §2.3).</summary>
public sealed record ContractVariant
{
    public required string Id { get; init; }

    public required int VintageFrom { get; init; }

    /// <summary>Inclusive upper bound; null = open-ended.</summary>
    public int? VintageTo { get; init; }

    /// <summary>FINESS record tag (<c>structureet</c>…); null for other formats.</summary>
    public string? RecordType { get; init; }

    /// <summary>Regex of the sheet names this layout is read from (workbooks with several data sheets); null = any data sheet.</summary>
    public System.Text.RegularExpressions.Regex? Sheet { get; init; }

    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();

    public string? Note { get; init; }

    public required IReadOnlyList<HeaderSpec> Headers { get; init; }

    public int Line { get; init; }

    public bool Covers(int vintage) => vintage >= VintageFrom && (VintageTo is null || vintage <= VintageTo);

    /// <summary>Canonical columns produced by headers or constants (derived columns excluded).</summary>
    public IEnumerable<string> MappedColumns => Headers.Select(h => h.Column).Concat(Constants.Keys).Distinct(StringComparer.Ordinal);
}
