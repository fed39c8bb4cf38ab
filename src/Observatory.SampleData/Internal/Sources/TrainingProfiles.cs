using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// National training magnitudes by diploma around 2022 (DATA-SOURCES §12: ES 14 600 inscrits, AES 10 400, ASS 7 100;
/// ASS −5.4 %, AES −3.8 %, ES +5.6 %, EJE +2.5 % a year), scaled to a region by its share of the population.
/// Diplomas of <c>diplomas.csv</c> missing here use <see cref="Default"/>.
/// </summary>
internal static class TrainingProfiles
{
    /// <param name="Enrolled">National enrolled students (all years of training).</param>
    /// <param name="EntrantShare">Share of first-year students among the enrolled.</param>
    /// <param name="PassRate">Graduates / candidates presented.</param>
    /// <param name="Slope">Yearly relative change of enrolment.</param>
    public sealed record Profile(double Enrolled, double EntrantShare, double PassRate, double Slope);

    public static readonly Profile Default = new(500, 0.5, 0.8, 0.0);

    private static readonly FrozenDictionary<string, Profile> ByDiploma = new Dictionary<string, Profile>(StringComparer.Ordinal)
    {
        ["DEES"] = new(14600, 0.33, 0.85, 0.056),
        ["DEAES"] = new(10400, 0.90, 0.78, -0.038),
        ["DEASS"] = new(7100, 0.33, 0.86, -0.054),
        ["DEEJE"] = new(5200, 0.33, 0.88, 0.025),
        ["DEME"] = new(4200, 0.50, 0.82, 0.004),
        ["DECESF"] = new(1500, 0.90, 0.84, 0.0),
        ["DETISF"] = new(900, 0.50, 0.80, -0.01),
        ["DEETS"] = new(700, 0.33, 0.85, 0.0),
        ["DEAF"] = new(1800, 0.50, 0.80, 0.003),
        ["DEMF"] = new(300, 0.50, 0.85, 0.0),
        ["CAFERUIS"] = new(2600, 0.50, 0.85, 0.0),
        ["DEIS"] = new(400, 0.33, 0.80, 0.0),
        ["CAFDES"] = new(700, 0.40, 0.85, 0.0),
        ["DEAS"] = new(26000, 0.95, 0.90, -0.02),
        ["DEAP"] = new(6500, 0.95, 0.92, 0.0),
        ["DEI"] = new(95000, 0.34, 0.93, 0.01),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Profile For(string diplomaCode) => ByDiploma.TryGetValue(diplomaCode, out var profile) ? profile : Default;
}
