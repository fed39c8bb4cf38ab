namespace Observatory.SampleData.Internal.Reference;

/// <summary>The reference code lists the generator draws every code from (read from <c>schemas/reference</c>).</summary>
internal sealed class SampleReference
{
    public required IReadOnlyList<DepartmentRef> Departments { get; init; }

    public required IReadOnlyList<RegionRef> Regions { get; init; }

    public required IReadOnlyList<MetierRef> Metiers { get; init; }

    public required IReadOnlyList<RomeLink> RomeLinks { get; init; }

    public required IReadOnlyList<FapLink> FapLinks { get; init; }

    public required IReadOnlyList<FapCodeRef> FapCodes { get; init; }

    public required IReadOnlyList<RomeCodeRef> RomeCodes { get; init; }

    public required IReadOnlyList<BassinRef> Bassins { get; init; }

    /// <summary>DARES's ROME v3 → FAP 2009 passage: (ROME code, FAP code) pairs.</summary>
    public required IReadOnlyList<(string Rome, string Fap)> RomeFapPassage { get; init; }

    public required IReadOnlyList<FinessCategoryRef> FinessCategories { get; init; }

    public required IReadOnlyList<NafRef> NafCodes { get; init; }

    public required IReadOnlyList<DiplomaRef> Diplomas { get; init; }

    public DepartmentRef Department(string code) =>
        Departments.FirstOrDefault(d => d.Code == code)
        ?? throw new ArgumentException($"Department '{code}' is not in departments.csv.", nameof(code));

    public RegionRef Region(string code) =>
        Regions.FirstOrDefault(r => r.Code == code) ?? new RegionRef(code, code);

    public string MetierLabel(string code) => Metiers.FirstOrDefault(m => m.Code == code)?.Label ?? code;

    public string RomeLabel(string code, string version) =>
        RomeCodes.FirstOrDefault(r => r.Code == code && r.Version == version)?.Label ?? code;

    public bool HasMetier(string code) => Metiers.Any(m => m.Code == code);
}
