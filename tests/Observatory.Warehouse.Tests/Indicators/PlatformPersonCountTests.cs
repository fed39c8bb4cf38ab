using Observatory.Etl.Jobs;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// Persons of the platforms are counted once per year (<see cref="PlatformPersonLake"/>): not once per quarter of
/// accompaniment; a person exits once a year; the counts stay additive (region = its departments, France = its regions,
/// all métiers = the sum of the métiers), which the disclosure control's families rely on. Values are read before
/// disclosure (<c>fct_indicator_values</c>): these hand-written counts are too small to be published.
/// </summary>
public sealed class PlatformPersonCountTests(PlatformPersonLake lake) : IClassFixture<PlatformPersonLake>
{
    [Fact]
    public void Ingest_HandWrittenFiles_AreLoadedWhole()
    {
        Assert.All(lake.Ingest.Files, f => Assert.True(f.Status == IngestStatus.Loaded && f.Quarantined == 0, $"{f.Path}: {f.StatusCode}"));
        Assert.True(lake.Build.Published, lake.Build.Error + string.Join("\n", lake.Build.Failures));
    }

    [Fact]
    public void PersonAccompaniedInThreeQuarters_IsCountedOnce()
    {
        var quarters = WarehouseQuery.Count(lake.Home,
            $"select count(*) from stg_plateforme_parcours__quarters where person_id = '{PlatformPersonLake.ThreeQuarterPerson}'");
        var counted = WarehouseQuery.Count(lake.Home,
            $"select count(*) from int_platform_person_years_attributed where person_id = '{PlatformPersonLake.ThreeQuarterPerson}' and counts_person");

        Assert.Equal(3, quarters);
        Assert.Equal(1, counted);
        // Ain, aides-soignants: persons 1 to 5 (11 quarter rows; person 5 moved from AES to AS), not 11
        Assert.Equal(5.0, Value("people_accompanied", "AS", "DEP", "01"));
        Assert.Equal(2.0, Value("people_accompanied", "AES", "DEP", "01"));
    }

    [Fact]
    public void Exits_CountedOncePerPersonAndYear()
    {
        // AS in the Ain: jobs = persons 1 and 4 (whose earlier training exit is replaced), training = person 2
        Assert.Equal(2.0, Value("exits_by_metier", "AS", "DEP", "01", "numerator"));
        Assert.Equal(3.0 / 5.0, Value("positive_exit_rate", "AS", "DEP", "01"), 12);
        Assert.Equal(3.0, Value("positive_exit_rate", "AS", "DEP", "01", "numerator"));
        // an « Autre » exit is an exit, not a positive one
        Assert.Equal(1.0 / 2.0, Value("positive_exit_rate", "AES", "DEP", "01"), 12);
    }

    [Fact]
    public void PersonAccompaniedOverTwoYears_CountsInEach_WithEachYearsFile()
    {
        Assert.Equal(1.0, Value("people_accompanied", "AS", "DEP", "01", period: "2024"));
        Assert.Equal(1.0, Value("exits_by_metier", "AS", "DEP", "01", "numerator", "2024"));
        var files = WarehouseQuery.Rows(lake.Home,
            "select period_code, source_sha256 from fct_indicator_values where indicator_code = 'people_accompanied' " +
            "and metier_code = 'AS' and territory_level = 'DEP' and territory_code = '01' order by period_code");
        var shas = WarehouseQuery.Rows(lake.Home,
            "select file_name, file_sha256 from pub.sources where source = 'plateforme_parcours' and file_name like '%_01_%' order by file_name");

        Assert.Equal(2, shas.Count);
        Assert.Equal(["2023", "2024"], files.Select(r => (string?)r[0]));
        Assert.Equal(shas.Select(r => r[1]), files.Select(r => r[1]));
    }

    [Fact]
    public void Counts_AreAdditive_OverTerritoriesAndMetiers()
    {
        Assert.Equal(5.0 + 2.0, Value("people_accompanied", "AS", "REG", "84"));
        Assert.Equal(7.0 + 1.0, Value("people_accompanied", "AS", "NAT", "FR"));
        var broken = WarehouseQuery.Count(lake.Home, """
            with platform as (select * from int_platform_rolled_up),
            departments as (select code, region_code from ref_departments),
            by_region as (
                select p.metier_code, d.region_code, p.year, sum(p.people_accompanied_count) as accompanied,
                    sum(p.exits_to_job_count) as to_job, sum(p.exits_to_training_count) as to_training
                from platform as p inner join departments as d on d.code = p.territory_code
                where p.territory_level = 'DEP' group by all),
            by_nation as (
                select metier_code, year, sum(people_accompanied_count) as accompanied,
                    sum(exits_to_job_count) as to_job, sum(exits_to_training_count) as to_training
                from platform where territory_level = 'REG' group by all)
            select count(*) from platform as p
            left join by_region as r on p.territory_level = 'REG' and r.region_code = p.territory_code and r.metier_code = p.metier_code and r.year = p.year
            left join by_nation as n on p.territory_level = 'NAT' and n.metier_code = p.metier_code and n.year = p.year
            where (p.territory_level = 'REG' and (r.accompanied is distinct from p.people_accompanied_count
                    or r.to_job is distinct from p.exits_to_job_count or r.to_training is distinct from p.exits_to_training_count))
               or (p.territory_level = 'NAT' and (n.accompanied is distinct from p.people_accompanied_count
                    or n.to_job is distinct from p.exits_to_job_count or n.to_training is distinct from p.exits_to_training_count))
            """);
        var allMetiers = WarehouseQuery.Rows(lake.Home, """
            select territory_level, territory_code, any_value(denominator), sum(numerator)
            from fct_indicator_values where indicator_code = 'exits_by_metier' and period_code = '2023'
            group by all order by all
            """);

        Assert.Equal(0, broken);
        Assert.NotEmpty(allMetiers);
        Assert.All(allMetiers, r => Assert.Equal(WarehouseQuery.Double(r[2]), WarehouseQuery.Double(r[3])));
        Assert.Equal(3.0, WarehouseQuery.Double(allMetiers.Single(r => (string?)r[1] == "01")[2]));
    }

    [Fact]
    public void DisclosureQuantityCells_CarryEachCountsOwnAmount()
    {
        // positive exits (job + training) are their own quantity: the cells of the job exits keep the job count,
        // which the secondary suppression's smallest-child and all-zero rules read
        var wrong = WarehouseQuery.Count(lake.Home, """
            select count(*)
            from int_disclosure_quantity_cells as c
            inner join fct_indicator_values as f
                on f.indicator_code = case c.quantity when 'plateforme.exits_to_job' then 'exits_by_metier' else 'positive_exit_rate' end
                and f.metier_code = c.metier_code and f.territory_level = c.territory_level
                and f.territory_code = c.territory_code and f.period_code = c.period_code
            where c.quantity in ('plateforme.exits_to_job', 'plateforme.positive_exits')
                and c.amount is distinct from f.numerator
            """);
        var cells = WarehouseQuery.Count(lake.Home,
            "select count(*) from int_disclosure_quantity_cells where quantity in ('plateforme.exits_to_job', 'plateforme.positive_exits')");

        Assert.Equal(0, wrong);
        Assert.True(cells > 0);
    }

    private double Value(string indicator, string metier, string level, string territory, string column = "value", string period = "2023") =>
        WarehouseQuery.Double(WarehouseQuery.Scalar(lake.Home,
            $"select {column} from fct_indicator_values where indicator_code = '{indicator}' and metier_code = '{metier}' " +
            $"and territory_level = '{level}' and territory_code = '{territory}' and period_code = '{period}'"))
        ?? throw new Xunit.Sdk.XunitException($"{indicator} {metier} {level} {territory} {period}: no {column}");
}
