using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

public sealed class DisclosureTests : IDisposable
{
    private readonly TempHome _temp = new();

    public DisclosureTests()
    {
        LakeFixtureBuilder.Write(_temp.Home, "enquete_rh", string.Join(" union all ",
            // AS in the Ain: 2 establishments → frequency rule hides it
            LakeFixtureBuilder.SurveyRow(2023, "010000001", "01", "AS", 10, 9, 1),
            LakeFixtureBuilder.SurveyRow(2023, "010000002", "01", "AS", 12, 11, 1),
            // ES in the Landes: 3 balanced establishments → shown
            LakeFixtureBuilder.SurveyRow(2023, "400000001", "40", "ES", 10, 10, 0),
            LakeFixtureBuilder.SurveyRow(2023, "400000002", "40", "ES", 10, 10, 1),
            LakeFixtureBuilder.SurveyRow(2023, "400000003", "40", "ES", 10, 10, 1),
            // EJE in the Landes: one establishment holds 100 / 110 → dominance hides it
            LakeFixtureBuilder.SurveyRow(2023, "400000004", "40", "EJE", 100, 90, 2),
            LakeFixtureBuilder.SurveyRow(2023, "400000005", "40", "EJE", 5, 5, 0),
            LakeFixtureBuilder.SurveyRow(2023, "400000006", "40", "EJE", 5, 5, 0),
            // ME: Ain (2 establishments, hidden) and Isère (3, shown) in region 84 → secondary suppression
            LakeFixtureBuilder.SurveyRow(2023, "010000011", "01", "ME", 8, 8, 0),
            LakeFixtureBuilder.SurveyRow(2023, "010000012", "01", "ME", 9, 9, 0),
            LakeFixtureBuilder.SurveyRow(2023, "380000011", "38", "ME", 20, 20, 0),
            LakeFixtureBuilder.SurveyRow(2023, "380000012", "38", "ME", 21, 21, 0),
            LakeFixtureBuilder.SurveyRow(2023, "380000013", "38", "ME", 22, 22, 0)), "vintage", "department_code");
        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
    }

    public void Dispose() => _temp.Dispose();

    private object?[] Employment(string metier, string level, string territory) => WarehouseQuery.Rows(_temp.Home,
        $"select value, status, disclosure_reason from pub.indicator_values where indicator = 'employment' and metier = '{metier}' " +
        $"and territory_level = '{level}' and territory = '{territory}' and period = '2023'").Single();

    [Fact]
    public void Frequency_TwoEstablishments_HiddenAsSecret()
    {
        var row = Employment("AS", "DEP", "01");

        Assert.Null(row[0]);
        Assert.Equal("secret", row[1]);
        Assert.Equal("frequency", row[2]);
    }

    [Fact]
    public void Frequency_ThreeBalancedEstablishments_Shown()
    {
        var row = Employment("ES", "DEP", "40");

        Assert.Equal(30.0, WarehouseQuery.Double(row[0]));
        Assert.Equal("ok", row[1]);
        Assert.Null(row[2]);
    }

    [Fact]
    public void Dominance_OneEstablishmentAbove85Percent_Hidden()
    {
        var row = Employment("EJE", "DEP", "40");

        Assert.Null(row[0]);
        Assert.Equal("dominance", row[2]);
    }

    [Fact]
    public void Ratio_OperandsFromHiddenCell_NotShownButShownWhereBothPublishable()
    {
        var hidden = WarehouseQuery.Rows(_temp.Home,
            "select value from pub.indicator_values where indicator = 'vacancy_rate' and metier = 'AS' and territory = '01' and territory_level = 'DEP'").Single();
        var shown = WarehouseQuery.Rows(_temp.Home,
            "select value from pub.indicator_values where indicator = 'vacancy_rate' and metier = 'ES' and territory = '40' and territory_level = 'DEP'").Single();

        Assert.Null(hidden[0]);
        Assert.Equal(2.0 / 32.0, WarehouseQuery.Double(shown[0])!.Value, 12);
    }

    [Fact]
    public void Secondary_RegionWithOneHiddenDepartment_HidesAnotherDepartment_AndTheRegionAgainstItsAnalyst()
    {
        var ain = Employment("ME", "DEP", "01");
        var isere = Employment("ME", "DEP", "38");
        var region = Employment("ME", "REG", "84");
        var france = Employment("ME", "NAT", "FR");

        // Isère is hidden so the Ain is not region − Isère; with only these two departments, the Isère
        // analyst (who sees Isère unmasked) would still get the Ain from the region: the region is hidden,
        // and France, whose only region it is, too.
        Assert.Equal("frequency", ain[2]);
        Assert.Null(isere[0]);
        Assert.Equal("secondary", isere[2]);
        Assert.Null(region[0]);
        Assert.Equal("secondary", region[2]);
        Assert.Equal("secondary", france[2]);
    }

    [Fact]
    public void LinkedQuantity_HiddenEmployment_HiddenAsEveryOtherIndicatorsDenominator()
    {
        var published = WarehouseQuery.Count(_temp.Home, """
            select count(*) from pub.indicator_values as v
            join pub.indicator_values as e
                on e.indicator = 'employment' and e.metier = v.metier and e.territory_level = v.territory_level
                and e.territory = v.territory and e.period = v.period
            where v.indicator in ('share_55_plus', 'turnover_rate', 'work_accident_frequency')
                and e.value is null and (v.denominator is not null or v.value is not null)
            """);
        var hiddenEmployment = WarehouseQuery.Count(_temp.Home,
            "select count(*) from pub.indicator_values where indicator = 'employment' and value is null");

        Assert.True(hiddenEmployment >= 4);
        Assert.Equal(0, published);
    }

    [Fact]
    public void Secondary_NoDifferencingLeft_NoShownParentWithExactlyOneHiddenChild()
    {
        var leaks = WarehouseQuery.Count(_temp.Home, """
            select count(*) from (
                select p.indicator, p.metier, p.territory, count(*) filter (where c.value is null) as hidden
                from pub.indicator_values as p
                join pub.territories as t on t.parent_territory = p.territory and t.parent_level = p.territory_level
                join pub.indicator_values as c on c.indicator = p.indicator and c.metier = p.metier and c.period = p.period
                    and c.territory = t.territory and c.territory_level = t.territory_level
                where p.value is not null and p.denominator is null and p.indicator = 'employment'
                group by all
                having count(*) filter (where c.value is null) = 1
            )
            """);

        Assert.Equal(0, leaks);
    }
}
