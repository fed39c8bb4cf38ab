using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Yearly magnitudes per observatory métier for a department of 500 000 inhabitants, anchored on DATA-SOURCES §12
/// (BMO AURA 2022: ~8 600 projects each for aides-soignants and aides à domicile; difficulty 80–85 % for aides à
/// domicile; tension ratios that differ by métier). Métiers of the reference list absent here use <see cref="Default"/>.
/// </summary>
internal static class MetierProfiles
{
    /// <param name="Projects">BMO recruitment projects per year.</param>
    /// <param name="Difficulty">Share of projects judged difficult.</param>
    /// <param name="Seasonal">Share of seasonal projects.</param>
    /// <param name="Offers">Job offers registered per year.</param>
    /// <param name="SeekersA">Job seekers category A at quarter end.</param>
    /// <param name="Entries">Job-seeker registrations per year.</param>
    /// <param name="Vacancy">Share of authorised FTE vacant at 31/12 in the employer survey.</param>
    /// <param name="Absence">Absenteeism rate (days / (FTE × 365)).</param>
    public sealed record Profile(
        double Projects, double Difficulty, double Seasonal, double Offers, double SeekersA, double Entries,
        double Vacancy, double Absence);

    public static readonly Profile Default = new(20, 0.50, 0.02, 30, 30, 40, 0.04, 0.07);

    private static readonly FrozenDictionary<string, Profile> ByMetier = new Dictionary<string, Profile>(StringComparer.Ordinal)
    {
        ["AS"] = new(420, 0.76, 0.06, 700, 380, 460, 0.08, 0.10),
        ["AES"] = new(150, 0.78, 0.04, 300, 250, 300, 0.07, 0.10),
        ["ADVF"] = new(500, 0.84, 0.05, 1100, 900, 1000, 0.10, 0.12),
        ["TISF"] = new(15, 0.72, 0.02, 25, 15, 20, 0.06, 0.08),
        ["ES"] = new(90, 0.64, 0.02, 160, 110, 150, 0.06, 0.07),
        ["ME"] = new(50, 0.62, 0.03, 90, 80, 100, 0.05, 0.07),
        ["EJE"] = new(40, 0.66, 0.02, 70, 45, 60, 0.06, 0.06),
        ["ASS"] = new(35, 0.60, 0.01, 60, 50, 70, 0.06, 0.06),
        ["CESF"] = new(12, 0.55, 0.01, 20, 20, 25, 0.04, 0.05),
        ["AP"] = new(60, 0.62, 0.04, 90, 70, 110, 0.05, 0.08),
        ["ASSFAM"] = new(25, 0.70, 0.00, 30, 15, 20, 0.05, 0.04),
        ["ASSMAT"] = new(90, 0.55, 0.03, 120, 200, 180, 0.03, 0.04),
        ["ASH"] = new(200, 0.50, 0.12, 320, 700, 900, 0.04, 0.09),
        ["ETS"] = new(15, 0.50, 0.02, 25, 30, 30, 0.03, 0.05),
        ["IDE"] = new(330, 0.72, 0.07, 550, 150, 250, 0.08, 0.07),
        ["MEDFAM"] = new(3, 0.40, 0.00, 4, 6, 6, 0.02, 0.04),
        ["MJPM"] = new(8, 0.50, 0.00, 12, 10, 12, 0.04, 0.05),
        ["RSAD"] = new(15, 0.66, 0.01, 30, 20, 30, 0.06, 0.06),
        ["CADSE"] = new(20, 0.60, 0.00, 35, 40, 40, 0.03, 0.04),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Profile For(string metierCode) => ByMetier.TryGetValue(metierCode, out var profile) ? profile : Default;

    /// <summary>Volume trend of recruitment and offers by year (peak 2022–2023, BMO −13 % in 2024 in AURA).</summary>
    public static double VolumeTrend(int year) => year switch
    {
        <= 2019 => 1.00,
        2020 => 0.94,
        2021 => 1.05,
        2022 => 1.15,
        2023 => 1.20,
        2024 => 1.04,
        2025 => 1.02,
        _ => 0.98,
    };

    /// <summary>Shift of the difficulty rate by year (points of share).</summary>
    public static double DifficultyShift(int year) => year switch
    {
        <= 2019 => -0.03,
        2020 => -0.05,
        2021 => 0.00,
        2022 => 0.03,
        2023 => 0.03,
        2024 => 0.01,
        2025 => 0.00,
        _ => -0.01,
    };
}
