namespace Observatory.Core.Reference;

/// <summary>
/// The reference code lists of <c>schemas/reference</c> (see <c>schemas/README.md</c>), loaded
/// once with <see cref="Load"/>. Immutable; lookups are by exact normalised code.
/// </summary>
public sealed partial class ReferenceCatalog
{
    /// <summary>Names accepted by <see cref="Contains"/> and by <c>reference: { list: … }</c> in contracts.</summary>
    public static readonly IReadOnlyList<string> ListNames =
    [
        "metiers", "departments", "regions", "bmo_bassins", "rome_codes", "fap_codes", "pcs_codes",
        "naf_codes", "finess_categories", "diplomas", "status_codes", "departments_or_france",
    ];

    /// <summary>The territory code of France as a whole in the publishers' files (France Travail <c>codeTerritoire</c> of a <c>NAT</c> row).</summary>
    public const string FranceCode = "FR";

    private Dictionary<string, HashSet<string>> _codesByList = [];

    public required IReadOnlyList<Metier> Metiers { get; init; }

    public required IReadOnlyList<CrosswalkLink> RomeLinks { get; init; }

    public required IReadOnlyList<CrosswalkLink> FapLinks { get; init; }

    public required IReadOnlyList<CrosswalkLink> PcsLinks { get; init; }

    public required IReadOnlyList<CodeListEntry> RomeCodes { get; init; }

    public required IReadOnlyList<CodeListEntry> FapCodes { get; init; }

    public required IReadOnlyList<CodeListEntry> PcsCodes { get; init; }

    public required IReadOnlyList<Department> Departments { get; init; }

    public required IReadOnlyList<Region> Regions { get; init; }

    public required IReadOnlyList<BmoBassin> Bassins { get; init; }

    public required IReadOnlyList<NafCode> NafCodes { get; init; }

    public required IReadOnlyList<FinessCategory> FinessCategories { get; init; }

    public required IReadOnlyList<Diploma> Diplomas { get; init; }

    public required IReadOnlyList<DiplomaMetierLink> DiplomaMetiers { get; init; }

    public required IReadOnlyList<StatusCodeEntry> Statuses { get; init; }

    /// <summary>DARES's ROME → FAP passage (<c>xw_rome_fap.csv</c>): a ROME code may lead to several FAP codes.</summary>
    public required IReadOnlyList<RomeFapLink> RomeFapPassage { get; init; }

    /// <summary>All crosswalk links of one system.</summary>
    public IReadOnlyList<CrosswalkLink> LinksOf(CodeSystem system) => system switch
    {
        CodeSystem.Rome => RomeLinks,
        CodeSystem.Fap => FapLinks,
        _ => PcsLinks,
    };

    /// <summary>All codes of one system's code list.</summary>
    public IReadOnlyList<CodeListEntry> CodesOf(CodeSystem system) => system switch
    {
        CodeSystem.Rome => RomeCodes,
        CodeSystem.Fap => FapCodes,
        _ => PcsCodes,
    };

    public Metier? FindMetier(string code) => Metiers.FirstOrDefault(m => m.Code == code);

    public Department? FindDepartment(string code) => Departments.FirstOrDefault(d => d.Code == code);

    public Region? FindRegion(string code) => Regions.FirstOrDefault(r => r.Code == code);

    /// <summary>The métiers a source code maps to, in a given version.</summary>
    public IReadOnlyList<CrosswalkLink> MetiersFor(CodeSystem system, string sourceCode, string version) =>
        [.. LinksOf(system).Where(l => l.SourceCode == sourceCode && l.Version == version)];

    /// <summary>
    /// True when <paramref name="code"/> is a code of the named list (any version / vintage).
    /// Throws <see cref="ArgumentException"/> for a list name not in <see cref="ListNames"/>.
    /// </summary>
    public bool Contains(string listName, string code) =>
        _codesByList.TryGetValue(listName, out var codes)
            ? codes.Contains(code)
            : throw new ArgumentException($"Unknown reference list '{listName}'.", nameof(listName));

    private void IndexCodes()
    {
        _codesByList = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["metiers"] = [.. Metiers.Select(m => m.Code)],
            ["departments"] = [.. Departments.Select(d => d.Code)],
            ["regions"] = [.. Regions.Select(r => r.Code)],
            ["bmo_bassins"] = [.. Bassins.Select(b => b.Code)],
            ["rome_codes"] = [.. RomeCodes.Select(c => c.Code)],
            ["fap_codes"] = [.. FapCodes.Select(c => c.Code)],
            ["pcs_codes"] = [.. PcsCodes.Select(c => c.Code)],
            ["naf_codes"] = [.. NafCodes.Select(c => c.Code)],
            ["finess_categories"] = [.. FinessCategories.Select(c => c.Code)],
            ["diplomas"] = [.. Diplomas.Select(d => d.Code)],
            ["status_codes"] = [.. Statuses.Select(s => s.Code)],
            ["departments_or_france"] = [.. Departments.Select(d => d.Code), FranceCode],
        };
    }
}
