namespace Observatory.Etl.Contracts;

/// <summary>
/// The outcome of <see cref="HeaderMatcher.Match"/>: the best (contract, variant) with its score
/// in [0, 1]. When <see cref="IsMatch"/> is false, <see cref="Contract"/> is the closest contract
/// and <see cref="MissingHeaders"/> / <see cref="UnexpectedHeaders"/> say why it did not match.
/// </summary>
public sealed record HeaderMatch
{
    public required bool IsMatch { get; init; }

    public required SourceContract Contract { get; init; }

    public required ContractVariant Variant { get; init; }

    /// <summary>Vintage from the sheet name, a header capture or the file name; null when unknown.</summary>
    public int? Vintage { get; init; }

    public required double Score { get; init; }

    public IReadOnlyList<string> MissingHeaders { get; init; } = [];

    public IReadOnlyList<string> UnexpectedHeaders { get; init; } = [];

    public IReadOnlyList<HeaderBinding> Bindings { get; init; } = [];

    /// <summary>Developer-facing reason when not matched (sheet, vintage range…).</summary>
    public string? Reason { get; init; }
}
