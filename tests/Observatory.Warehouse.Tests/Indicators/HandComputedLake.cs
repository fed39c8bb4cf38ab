using Observatory.Core.Home;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>The tiny lake of <see cref="HandComputedIndicatorTests"/>, built and published once per test class.</summary>
public sealed class HandComputedLake : IDisposable
{
    private readonly TempHome _temp = new();

    public HandComputedLake()
    {
        // Offers (ROME v3 J1301 = ASH), Ain 2023: 10 + 20 + 30 + 40 = 100 over the four quarters;
        // job seekers cat. A: 50 entries per quarter = 200 over the year, stocks 280, 290, 295, 300 (annual average 291.25);
        // category ABC: stocks in two quarters only (average 925), never mixed with category A.
        LakeFixtureBuilder.Write(_temp.Home, "ft_offres", string.Join(" union all ",
            Offers("01", "2023T1", 10), Offers("01", "2023T2", 20), Offers("01", "2023T3", 30), Offers("01", "2023T4", 40)));
        LakeFixtureBuilder.Write(_temp.Home, "ft_demandeurs", string.Join(" union all ",
            Seekers("01", "2023T1", "A", 280, 50), Seekers("01", "2023T2", "A", 290, 50),
            Seekers("01", "2023T3", "A", 295, 50), Seekers("01", "2023T4", "A", 300, 50),
            Seekers("01", "2023T1", "ABC", 900, 999), Seekers("01", "2023T4", "ABC", 950, 999)));

        // Employer survey, aides-soignants of three Ain establishments, 2023.
        LakeFixtureBuilder.Write(_temp.Home, "enquete_rh", string.Join(" union all ",
            Survey("010000001", headcount: 20, fteReal: 18, fteVacant: 2, entries: 4, exits: 6, absenceDays: 657),
            Survey("010000002", headcount: 30, fteReal: 27, fteVacant: 3, entries: 3, exits: 5, absenceDays: 985.5),
            Survey("010000003", headcount: 10, fteReal: 9, fteVacant: 1, entries: 1, exits: 1, absenceDays: 0)));

        // DREES health schools: DEAS (→ AS) in Auvergne-Rhône-Alpes (84) and Nouvelle-Aquitaine (75), 2023.
        LakeFixtureBuilder.Write(_temp.Home, "drees_formations_sante", string.Join(" union all ",
            Training("84", "DEAS", enrolled: 120, entrants: 110, presented: 100, graduates: 80),
            Training("75", "DEAS", enrolled: 60, entrants: 55, presented: 50, graduates: 45)));

        // Platform activity: AS in the Ain (84) over four quarters, and in the Landes (75) in one quarter.
        LakeFixtureBuilder.Write(_temp.Home, "plateforme_activite", string.Join(" union all ",
            Platform("01", "T1", 10, 5, 2), Platform("01", "T2", 20, 5, 3), Platform("01", "T3", 30, 10, 5), Platform("01", "T4", 40, 10, 10),
            Platform("40", "T1", 50, 10, 5)));

        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
    }

    public DataHome Home => _temp.Home;

    public void Dispose() => _temp.Dispose();

    private static string Offers(string department, string quarter, long offers) =>
        $"select 2023::bigint as vintage, 'v3' as rome_version, 'DEP' as territory_type, '{department}' as territory_code, " +
        $"'J1301' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, 'TOFF' as offer_origin, {offers}::bigint as offers, 'ok' as offers_status";

    private static string Seekers(string department, string quarter, string category, long stock, long entries) =>
        $"select 2023::bigint as vintage, 'v3' as rome_version, 'DEP' as territory_type, '{department}' as territory_code, " +
        $"'J1301' as rome_code, 'TRIMESTRE' as period_type, '{quarter}' as period, '{category}' as candidate_category, " +
        $"{stock}::bigint as job_seekers, 'ok' as job_seekers_status, {entries}::bigint as entries, 'ok' as entries_status";

    private static string Survey(string finess, long headcount, double fteReal, double fteVacant, long entries, long exits, double absenceDays) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"select 2023::bigint as vintage, 2023::bigint as year, '{finess}' as finess_et, '01' as department_code, 'AS' as metier_code, " +
            $"{headcount}::bigint as headcount, {fteReal}::decimal(18,6) as fte_real, {fteVacant}::decimal(18,6) as fte_vacant, " +
            $"{entries}::bigint as entries, {exits}::bigint as exits, {absenceDays}::decimal(18,6) as absence_days");

    private static string Training(string region, string diploma, long enrolled, long entrants, long presented, long graduates) =>
        $"select 2023::bigint as vintage, 2023::bigint as year, '{region}' as region_code, '{diploma}' as diploma_code, " +
        $"{enrolled}::bigint as enrolled, {entrants}::bigint as entrants, {presented}::bigint as presented, {graduates}::bigint as graduates";

    private static string Platform(string department, string quarter, long accompanied, long toJob, long toTraining) =>
        $"select 2023::bigint as vintage, '{department}' as department_code, 'P' || '{department}' as platform, 2023::bigint as year, '{quarter}' as quarter, " +
        $"'AS' as metier_code, {accompanied}::bigint as people_accompanied, {toJob}::bigint as exits_to_job, {toTraining}::bigint as exits_to_training";
}
