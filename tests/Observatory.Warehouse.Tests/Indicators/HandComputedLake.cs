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

        // Platform follow-up, AS: in the Ain (84) 6 people exit to a job after T1-T3 and 5 to a training after T2-T4
        // (34 quarters of accompaniment, 11 people) plus one still accompanied in T4; in the Landes (75) 8 people
        // in T1, 5 of whom exit to a job.
        LakeFixtureBuilder.Write(_temp.Home, "plateforme_parcours", string.Join(" union all ",
            Persons("01", "a", 6, ["T1", "T2", "T3"], "EMPLOI"), Persons("01", "b", 5, ["T2", "T3", "T4"], "FORMATION"),
            Persons("01", "c", 1, ["T4"], null), Persons("40", "d", 5, ["T1"], "EMPLOI"), Persons("40", "e", 3, ["T1"], null)));

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

    /// <summary><paramref name="count"/> people accompanied in <paramref name="quarters"/> of 2023, exiting on the last one when <paramref name="exit"/> is set.</summary>
    private static string Persons(string department, string prefix, int count, string[] quarters, string? exit) =>
        string.Join(" union all ", Enumerable.Range(1, count).SelectMany(n => quarters.Select(q =>
        {
            var exits = exit is not null && q == quarters[^1];
            return $"select 2023::bigint as vintage, '{prefix}{n:x15}' as person_id, '{department}' as department_code, 'P{department}' as platform, " +
                $"2023::bigint as year, '{q}' as quarter, 'AS' as metier_code, '{(exits ? "SORTIE" : "EN COURS")}' as accompaniment_status, " +
                $"{(exits ? $"'{exit}'" : "null")} as exit_type, {(exits ? $"date '2023-{3 * (q[1] - '0'):00}-15'" : "null::date")} as exit_date";
        })));
}
