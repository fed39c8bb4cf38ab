
namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The BMO métier rows of a millésime: every FAP code of <c>fap_codes.csv</c> at the version's BMO level (all 225 FAP 2009
/// codes; for FAP 2021 only the sector's codes are listed there), plus a few others where the list lacks them.
/// </summary>
internal static class BmoMetiers
{
    public const string SectorFamily = "S";
    public const string SectorFamilyLabel = "Fonctions sociales et médico-sociales";
    public const string OtherFamily = "V";
    public const string OtherFamilyLabel = "Fonctions liées à la vente, au tourisme et aux services";

    /// <summary>A BMO métier with magnitudes for a 500 000-inhabitant department.</summary>
    public sealed record BmoMetier(
        string Code, string Label, string FamilyCode, string FamilyLabel, double Projects, double Difficulty, double Seasonal,
        bool InSector);

    /// <summary>
    /// A few métiers outside the sector with anchored magnitudes: their own rows for the FAP 2021 millésimes, whose full code
    /// list is not in the reference (BMO files hold about 200 métiers), and the magnitudes of their FAP 2009 rows.
    /// </summary>
    private static readonly (string Fap2009, string Fap2021, string Label, string Family, string FamilyLabel, double Projects, double Difficulty, double Seasonal)[] Others =
    [
        ("S1Z20", "S1X20", "Cuisiniers", "V", "Fonctions liées à la vente, au tourisme et aux services", 380, 0.62, 0.45),
        ("T4Z60", "T4X60", "Agents d'entretien de locaux", "V", "Fonctions liées à la vente, au tourisme et aux services", 620, 0.45, 0.25),
        ("L0Z60", "L0X60", "Secrétaires", "A", "Fonctions administratives", 150, 0.35, 0.05),
    ];

    /// <summary>FAP version used by a BMO millésime: FAP 2009 up to 2023, FAP 2021 from 2024.</summary>
    public static string FapVersion(int year) => year <= 2023 ? "2009" : "2021";

    /// <summary>
    /// The sector rows are the FAP codes of <c>fap_codes.csv</c> at the BMO level of the version (225 / 228) whose BMO family
    /// is <c>S</c>; their magnitudes add up the profiles of the métiers linked in <c>xw_metier_fap.csv</c> (a FAP without
    /// linked métier gets <see cref="OtherMetierProfiles.Fap"/>). Other FAP codes of the list and <see cref="Others"/> follow.
    /// </summary>
    public static IReadOnlyList<BmoMetier> For(GenerationContext context, int year)
    {
        var reference = context.Reference;
        var version = FapVersion(year);
        var level = version == "2009" ? "225" : "228";
        var links = reference.FapLinks.Where(l => l.Version == version && BmoCode(l.FapCode) == l.FapCode).ToList();
        var fapCountByMetier = links.GroupBy(l => l.MetierCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.FapCode).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var result = new List<BmoMetier>();
        foreach (var fap in reference.FapCodes.Where(f => f.Version == version && (f.Level == level || f.Level.Length == 0)))
        {
            var metiers = links.Where(l => l.FapCode == fap.Code).Select(l => l.MetierCode).Distinct(StringComparer.Ordinal).ToList();
            double projects = 0, difficult = 0, seasonal = 0;
            foreach (var metier in metiers)
            {
                var profile = MetierProfiles.For(metier);
                var share = profile.Projects / fapCountByMetier[metier];
                projects += share;
                difficult += share * profile.Difficulty;
                seasonal += share * profile.Seasonal;
            }

            if (metiers.Count == 0 && Others.FirstOrDefault(o => (version == "2009" ? o.Fap2009 : o.Fap2021) == fap.Code) is { Label: not null } anchor)
            {
                (projects, difficult, seasonal) = (anchor.Projects, anchor.Projects * anchor.Difficulty, anchor.Projects * anchor.Seasonal);
            }
            else if (metiers.Count == 0)
            {
                var other = OtherMetierProfiles.Fap(context, fap.Code);
                (projects, difficult, seasonal) = (other.Projects, other.Projects * other.Difficulty, other.Projects * other.Seasonal);
            }

            var inSector = fap.BmoFamily == SectorFamily;
            result.Add(new BmoMetier(fap.Code, fap.Label, inSector ? SectorFamily : OtherFamily, inSector ? SectorFamilyLabel : OtherFamilyLabel,
                projects, difficult / projects, seasonal / projects, inSector));
        }

        foreach (var other in Others.Where(o => !result.Any(r => r.Code == (version == "2009" ? o.Fap2009 : o.Fap2021))))
        {
            result.Add(new BmoMetier(version == "2009" ? other.Fap2009 : other.Fap2021, other.Label, other.Family, other.FamilyLabel,
                other.Projects, other.Difficulty, other.Seasonal, InSector: false));
        }

        return result;
    }

    /// <summary>BMO uses the 225 (2009) / 228 (2021) level: the first five characters of a 341-level code.</summary>
    private static string BmoCode(string fapCode) => fapCode.Length > 5 ? fapCode[..5] : fapCode;
}
