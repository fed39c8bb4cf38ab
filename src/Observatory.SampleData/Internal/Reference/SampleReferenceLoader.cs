using System.Globalization;
using Observatory.Core.Reference;

namespace Observatory.SampleData.Internal.Reference;

/// <summary>Reads <c>schemas/reference/*.csv</c> through Core's <see cref="ReferenceCatalog"/> into a <see cref="SampleReference"/>.</summary>
internal static class SampleReferenceLoader
{
    /// <summary>Ain and Landes department codes, for the two priority flags of <c>metiers.csv</c>.</summary>
    private const string Ain = "01";
    private const string Landes = "40";

    public static SampleReference Load(string? schemasDirectory) =>
        From(ReferenceCatalog.Load(schemasDirectory ?? SchemasDirectory.Locate()));

    public static SampleReference From(ReferenceCatalog catalog) => new()
    {
        Departments = [.. catalog.Departments.Select(d => new DepartmentRef(d.Code, d.Label, d.RegionCode))],
        Regions = [.. catalog.Regions.Select(r => new RegionRef(r.Code, r.Label))],
        Metiers = [.. catalog.Metiers.Select(m => new MetierRef(m.Code, m.Label, Priorities(m)))],
        RomeLinks = [.. catalog.RomeLinks.Select(l => new RomeLink(l.MetierCode, l.SourceCode, l.Version, l.IsPrincipal, l.Weight))],
        FapLinks = [.. catalog.FapLinks.Select(l => new FapLink(l.MetierCode, l.SourceCode, l.Version, Level(l.Level), l.Weight))],
        FapCodes = [.. catalog.FapCodes.Select(f => new FapCodeRef(f.Code, f.Version, Level(f.Level), f.Label, f.BmoFamily ?? string.Empty))],
        RomeCodes = [.. catalog.RomeCodes.Select(r => new RomeCodeRef(r.Code, r.Version, r.Label))],
        Bassins = [.. catalog.Bassins.Select(b => new BassinRef(b.Code, b.Label, b.DepartmentCode, b.Vintage.ToString(CultureInfo.InvariantCulture)))],
        FinessCategories = [.. catalog.FinessCategories.Select(c => new FinessCategoryRef(c.Code, c.Label, c.AggregateCode, c.AggregateLabel, c.Sector))],
        NafCodes = [.. catalog.NafCodes.Select(n => new NafRef(n.Code, n.Label, n.InSector))],
        Diplomas = [.. catalog.Diplomas.Select(d => new DiplomaRef(d.Code, d.Label, d.Source))],
        RomeFapPassage = [.. catalog.RomeFapPassage.Select(l => (l.RomeCode, l.FapCode))],
    };

    private static List<string> Priorities(Metier metier)
    {
        var departments = new List<string>();
        if (metier.PriorityAin)
        {
            departments.Add(Ain);
        }

        if (metier.PriorityLandes)
        {
            departments.Add(Landes);
        }

        return departments;
    }

    private static string Level(int? level) => level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
