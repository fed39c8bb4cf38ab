using System.Globalization;
using Observatory.Core.Home;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// A lake whose tension reference distribution is known by hand: the ASH métier (FAP 2009 T4Z61 = ROME v3
/// J1301) in five departments of Auvergne-Rhône-Alpes in 2023, each with 100 BMO projects, 100 job-seeker
/// entries cat. A over the year and 100 job seekers cat. A at T4, and:
/// <list type="table">
/// <item>01: 10 difficult projects (rate 0.1), 50 offers (ratio 0.5)</item>
/// <item>07: 30 (0.3), 100 (1.0)</item>
/// <item>26: 50 (0.5), 150 (1.5)</item>
/// <item>38: 70 (0.7), 175 (1.75)</item>
/// <item>42: 90 (0.9), 275 (2.75)</item>
/// </list>
/// plus Savoie (73) below the volume threshold (20 projects, 10 difficult, 100 offers), and the Ain in 2024
/// (100 projects, 50 difficult, 150 offers) to standardise a later year against the 2023 reference.
/// </summary>
public sealed class TensionIndexLake : IDisposable
{
    private static readonly (string Department, long Difficult, long Offers)[] Reference =
        [("01", 10, 50), ("07", 30, 100), ("26", 50, 150), ("38", 70, 175), ("42", 90, 275)];

    private readonly TempHome _temp = new();

    public TensionIndexLake()
    {
        Write(_temp.Home);
        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
    }

    public DataHome Home => _temp.Home;

    /// <summary>Writes the lake described above into <paramref name="home"/> (no build).</summary>
    public static void Write(DataHome home)
    {
        var bmo = Reference.Select(r => LakeFixtureBuilder.BmoRow(2023, "B" + r.Department, r.Department, "84", "T4Z61", 100, r.Difficult))
            .Append(LakeFixtureBuilder.BmoRow(2023, "B73", "73", "84", "T4Z61", 20, 10))
            .Append(LakeFixtureBuilder.BmoRow(2024, "B01", "01", "84", "T4X61", 100, 50));
        LakeFixtureBuilder.Write(home, "bmo", string.Join(" union all ", bmo));

        var market = Reference.Select(r => (r.Department, Year: 2023, r.Offers)).Append(("73", 2023, 100)).Append(("01", 2024, 150)).ToList();
        LakeFixtureBuilder.Write(home, "ft_offres", string.Join(" union all ",
            market.SelectMany(m => Quarters(m.Year).Select((q, i) => Offers(m.Department, q, i == 0 ? m.Offers : 0)))));
        LakeFixtureBuilder.Write(home, "ft_demandeurs", string.Join(" union all ",
            market.SelectMany(m => Quarters(m.Year).Select(q => Seekers(m.Department, q)))));
    }

    public void Dispose() => _temp.Dispose();

    private static IEnumerable<string> Quarters(int year) => Enumerable.Range(1, 4).Select(q => string.Create(CultureInfo.InvariantCulture, $"{year}T{q}"));

    private static string Offers(string department, string quarter, long offers) =>
        $"select {quarter[..4]}::bigint as vintage, 'v3' as rome_version, 'DEP' as territory_type, '{department}' as territory_code, " +
        $"'J1301' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, 'TOFF' as offer_origin, {offers}::bigint as offers, 'ok' as offers_status";

    private static string Seekers(string department, string quarter) =>
        $"select {quarter[..4]}::bigint as vintage, 'v3' as rome_version, 'DEP' as territory_type, '{department}' as territory_code, " +
        $"'J1301' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, 'A' as candidate_category, " +
        "100::bigint as job_seekers, 'ok' as job_seekers_status, 25::bigint as entries, 'ok' as entries_status";
}
