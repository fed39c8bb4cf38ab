using System.Globalization;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// Coverage of region and France values on the hand-computed lake: offers and job seekers of the Ain only, DREES for
/// regions 84 and 75 whole, platform activity of the Ain and the Landes. A total over part of its territory's
/// departments says so (status partial, coverage n/N) and is never published as the territory's total.
/// </summary>
public sealed class CoverageTests(HandComputedLake lake) : IClassFixture<HandComputedLake>
{
    private static readonly int Departments = CountDepartments(null);
    private static readonly int AuvergneRhoneAlpes = CountDepartments("84");

    [Fact]
    public void RegionOfTheAinAlone_IsPartial_WithOneDepartmentCovered()
    {
        var row = Row("job_offers", "ASH", "REG", "84");

        Assert.Equal(100.0, Number(row[0]));
        Assert.Equal("partial", row[1]);
        Assert.Equal(1.0 / AuvergneRhoneAlpes, Number(row[2]), 12);
        Assert.Equal(1, Convert.ToInt32(row[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FranceOfOneDepartment_IsPartial_OverAllDepartmentsOfTheReference()
    {
        var row = Row("tension_ratio", "ASH", "NAT", "FR");

        Assert.Equal("partial", row[1]);
        Assert.Equal(1.0 / Departments, Number(row[2]), 12);
        Assert.Equal(1, Convert.ToInt32(row[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RegionalSource_CoversEveryDepartmentOfTheRegionsItHolds()
    {
        // DREES publishes by region: 84 and 75 are held whole, France has their departments only
        var region = Row("training_graduates", "AS", "REG", "84");
        var france = Row("training_graduates", "AS", "NAT", "FR");

        Assert.Equal("ok", region[1]);
        Assert.Equal(1.0, Number(region[2]));
        Assert.Equal("partial", france[1]);
        Assert.Equal(AuvergneRhoneAlpes + CountDepartments("75"), Convert.ToInt32(france[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Department_IsAlwaysComplete()
    {
        var row = Row("job_offers", "ASH", "DEP", "01");

        Assert.Equal("ok", row[1]);
        Assert.Equal(1.0, Number(row[2]));
        Assert.Equal(1, Convert.ToInt32(row[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryPublishedPartialValue_HasCoverageBelowOne_AndEveryCompleteOneCoverageOne()
    {
        var wrong = WarehouseQuery.Count(lake.Home, """
            select count(*) from pub.indicator_values
            where (status = 'partial' and not coverage < 1)
               or (status in ('ok', 'rounded', 'provisional', 'imputed') and coverage < 1)
               or (territory_level = 'DEP' and coverage <> 1)
            """);

        Assert.Equal(0, wrong);
        Assert.True(WarehouseQuery.Count(lake.Home, "select count(*) from pub.indicator_values where status = 'partial'") > 0);
    }

    private object?[] Row(string indicator, string metier, string level, string territory) =>
        WarehouseQuery.Rows(lake.Home, $"""
            select value, status, coverage, covered_territories from pub.indicator_values
            where indicator = '{indicator}' and metier = '{metier}' and territory_level = '{level}' and territory = '{territory}'
              and period = '2023'
            """).Single();

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Departments of <c>schemas/reference/departments.csv</c>, of one region or all.</summary>
    private static int CountDepartments(string? region) =>
        File.ReadLines(Path.Combine(Core.Reference.SchemasDirectory.Locate(), "reference", "departments.csv"))
            .Skip(1)
            .Count(line => line.Length > 0 && (region is null || line.Split(',')[2] == region));
}
