namespace Observatory.Core.Reference;

/// <summary>
/// A métier ↔ source-code link of <c>xw_metier_rome.csv</c>, <c>xw_metier_fap.csv</c> or
/// <c>xw_metier_pcs.csv</c>. <see cref="Weight"/> is the share of the source code given to the
/// métier (the weights of one code sum to 1); <see cref="IsGroup"/> marks codes shared by several
/// métiers, whose values are published for the group.
/// <c>Level</c>: FAP level (225, 228, 341); null for ROME and PCS.
/// </summary>
public sealed record CrosswalkLink(
    CodeSystem System,
    string MetierCode,
    string SourceCode,
    string Version,
    int? Level,
    bool IsPrincipal,
    double Weight,
    string? Note)
{
    public bool IsGroup => Note?.StartsWith("group:", StringComparison.Ordinal) == true;

    /// <summary>True when the note flags the link as unchecked.</summary>
    public bool ToVerify => Note?.Contains("(to verify)", StringComparison.Ordinal) == true;
}
