using System.Globalization;
using Observatory.Core.Home;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// A lake whose tension reference panel is known by hand (2023, inside the catalogue's reference period 2019–2023).
/// <para>The panel: five FAP codes of France, each from the national files only — BMO summed over every bassin, France
/// Travail's France rows (NAT / FR) of one ROME code that DARES's passage leads to that FAP alone. Each ROME code has, per
/// quarter, 100 job seekers cat. A, 100 entries cat. A (400 a year), 100 entries cat. ABC and x exits cat. ABC from a
/// start-of-year ABC stock of 200 (so the first quarter's ABC stock is 300 − x and the outflow rate is 4x / 600):</para>
/// <list type="table">
/// <item>T4Z61 (J1301, ASH): the six departments' bassins below, 260 difficult of 520 (0.5); 600 offers (ratio 1.5); x 75 (0.5)</item>
/// <item>A0Z43 (A1101): 10 of 100 (0.1); 200 (0.5); x 60 (0.4)</item>
/// <item>A3Z41 (N3103): 30 of 100 (0.3); 400 (1.0); x 30 (0.2)</item>
/// <item>B0Z20 (F1704): 70 of 100 (0.7); 700 (1.75); x 120 (0.8)</item>
/// <item>B2Z41 (F1612): 90 of 100 (0.9); 1 100 (2.75); x 90 (0.6)</item>
/// </list>
/// <para>The ASH métier (FAP 2009 T4Z61 = ROME v3 J1301) in five departments of Auvergne-Rhône-Alpes in 2023, each with
/// 100 BMO projects, 100 job-seeker entries cat. A over the year, 100 job seekers cat. A and, cat. ABC, 100 at each
/// quarter's end with 25 entries and 25 exits (outflow rate 100 / (100 + 100) = 0.5):</para>
/// <list type="table">
/// <item>01: 10 difficult projects (rate 0.1), 50 offers (ratio 0.5)</item>
/// <item>07: 30 (0.3), 100 (1.0)</item>
/// <item>26: 50 (0.5), 150 (1.5)</item>
/// <item>38: 70 (0.7), 175 (1.75)</item>
/// <item>42: 90 (0.9), 275 (2.75)</item>
/// </list>
/// plus Savoie (73) below the volume threshold (20 projects, 10 difficult, 100 offers), and the Ain in 2024
/// (100 projects, 50 difficult, 150 offers) to standardise a later year against the 2019–2023 panel. BMO also has a
/// small row of a FAP outside the panel in every other department: the panel needs BMO to cover all of France.
/// </summary>
public sealed class TensionIndexLake : IDisposable
{
    /// <summary>The other FAP codes of the panel: (FAP, ROME, met, xmet, offers a year, ABC exits a quarter).</summary>
    public static readonly (string Fap, string Rome, long Met, long Xmet, long Offers, long Exits)[] Panel =
    [
        ("T4Z61", "J1301", 520, 260, 600, 75),
        ("A0Z43", "A1101", 100, 10, 200, 60),
        ("A3Z41", "N3103", 100, 30, 400, 30),
        ("B0Z20", "F1704", 100, 70, 700, 120),
        ("B2Z41", "F1612", 100, 90, 1100, 90),
    ];

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
            .Append(LakeFixtureBuilder.BmoRow(2024, "B01", "01", "84", "T4X61", 100, 50))
            .Concat(Panel.Skip(1).Select(p => LakeFixtureBuilder.BmoRow(2023, "B01", "01", "84", p.Fap, p.Met, p.Xmet)))
            .Concat(OtherDepartments().Select(d => LakeFixtureBuilder.BmoRow(2023, "X" + d.Code, d.Code, d.RegionCode, OutsidePanelFap, 5, 1)));
        LakeFixtureBuilder.Write(home, "bmo", string.Join(" union all ", bmo));

        var market = Reference.Select(r => (r.Department, Year: 2023, r.Offers)).Append(("73", 2023, 100)).Append(("01", 2024, 150)).ToList();
        LakeFixtureBuilder.Write(home, "ft_offres", string.Join(" union all ",
            market.SelectMany(m => Quarters(m.Year).Select((q, i) => Offers("DEP", m.Department, "J1301", q, i == 0 ? m.Offers : 0)))
                .Concat(Panel.SelectMany(p => Quarters(2023).Select((q, i) => Offers("NAT", "FR", p.Rome, q, i == 0 ? p.Offers : 0))))));
        LakeFixtureBuilder.Write(home, "ft_demandeurs", string.Join(" union all ",
            market.SelectMany(m => Quarters(m.Year).SelectMany(q => new[]
            {
                Seekers("DEP", m.Department, "J1301", q, "A", 100, 25, null),
                Seekers("DEP", m.Department, "J1301", q, "ABC", 100, 25, 25),
            })).Concat(Panel.SelectMany(p => Quarters(2023).SelectMany(q => new[]
            {
                Seekers("NAT", "FR", p.Rome, q, "A", 100, 100, null),
                Seekers("NAT", "FR", p.Rome, q, "ABC", q.EndsWith("T1", StringComparison.Ordinal) ? 300 - p.Exits : 300, 100, p.Exits),
            })))));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// A FAP code with BMO rows in every other department (so that BMO covers France, which the panel requires) and no
    /// France Travail rows: below the volume check, it stays out of the panel.
    /// </summary>
    private const string OutsidePanelFap = "Z0Z90";

    private static IEnumerable<Core.Reference.Department> OtherDepartments() =>
        Core.Reference.ReferenceCatalog.Load(Core.Reference.SchemasDirectory.Locate()).Departments
            .Where(d => d.Code is not ("01" or "07" or "26" or "38" or "42" or "73"));

    private static IEnumerable<string> Quarters(int year) => Enumerable.Range(1, 4).Select(q => string.Create(CultureInfo.InvariantCulture, $"{year}T{q}"));

    private static string Offers(string type, string territory, string rome, string quarter, long offers) =>
        $"select {quarter[..4]}::bigint as vintage, 'v3' as rome_version, '{type}' as territory_type, '{territory}' as territory_code, " +
        $"'{rome}' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, 'TOFF' as offer_origin, {offers}::bigint as offers, 'ok' as offers_status";

    private static string Seekers(string type, string territory, string rome, string quarter, string category, long stock, long entries, long? exits) =>
        $"select {quarter[..4]}::bigint as vintage, 'v3' as rome_version, '{type}' as territory_type, '{territory}' as territory_code, " +
        $"'{rome}' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, '{category}' as candidate_category, " +
        $"{stock}::bigint as job_seekers, 'ok' as job_seekers_status, {entries}::bigint as entries, 'ok' as entries_status, " +
        $"{(exits is { } x ? x.ToString(CultureInfo.InvariantCulture) : "null")}::bigint as exits, {(exits is null ? "'missing'" : "'ok'")} as exits_status";
}
