namespace Observatory.Core.Reference;

/// <summary>A code of <c>rome_codes.csv</c>, <c>fap_codes.csv</c> or <c>pcs_codes.csv</c>. <c>Level</c>: FAP level (225, 228, 341); null otherwise. <c>ParentCode</c>: FAP 341 → its 228 code; null otherwise. <c>BmoFamily</c>: BMO <c>Famille_met</c> letter where known.
/// </summary>
public sealed record CodeListEntry(
    CodeSystem System,
    string Code,
    string Version,
    int? Level,
    string Label,
    string? ParentCode,
    string? BmoFamily,
    string? Note);
