using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

public sealed class IndicatorValueTests : IDisposable
{
    private readonly TempHome _temp = new();

    public IndicatorValueTests()
    {
        LakeFixtureBuilder.Write(_temp.Home, "bmo", string.Join(" union all ",
            LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "V0Z60", 40, 30),
            LakeFixtureBuilder.BmoRow(2023, "8212", "01", "84", "V0Z60", 20, 10),
            LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "T2A60", 50, null),
            LakeFixtureBuilder.BmoRow(2023, "8211", "01", "84", "T4Z61", 12, 3)), "vintage", "department_code");
        var report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
    }

    public void Dispose() => _temp.Dispose();

    private object?[] Value(string indicator, string metier) => WarehouseQuery.Rows(_temp.Home,
        $"select value, status, numerator, denominator from pub.indicator_values where indicator = '{indicator}' " +
        $"and metier = '{metier}' and territory_level = 'DEP' and territory = '01' and period = '2023'").Single();

    [Fact]
    public void RecruitmentDifficultyRate_TwoBassins_IsSumOfXmetOverSumOfMet()
    {
        var row = Value("recruitment_difficulty_rate", "AES+AP+AS");

        Assert.Equal(40.0 / 60.0, WarehouseQuery.Double(row[0])!.Value, 12);
        Assert.Equal("ok", row[1]);
        Assert.Equal(40.0, WarehouseQuery.Double(row[2]));
        Assert.Equal(60.0, WarehouseQuery.Double(row[3]));
    }

    [Fact]
    public void RecruitmentDifficultyRate_MaskedXmet_ImputedAtTheMiddleOfTheMaskingBounds_NeverZero()
    {
        // xmet masked (*) in the only bassin: imputed at (1 + 3) / 2 = 2 of 50 projects → 0.04, status imputed, all
        // of its numerator imputed (schemas/indicators.yaml, imputation)
        var rate = Value("recruitment_difficulty_rate", "ADVF+TISF");
        var projects = Value("recruitment_projects", "ADVF+TISF");
        var share = WarehouseQuery.Scalar(_temp.Home,
            "select imputed_share from pub.indicator_values where indicator = 'recruitment_difficulty_rate' and metier = 'ADVF+TISF' " +
            "and territory_level = 'DEP' and territory = '01' and period = '2023'");

        Assert.Equal(2.0 / 50.0, WarehouseQuery.Double(rate[0])!.Value, 12);
        Assert.Equal("imputed", rate[1]);
        Assert.Equal(1.0, WarehouseQuery.Double(share));
        Assert.Equal(50.0, WarehouseQuery.Double(projects[0]));
        Assert.Equal("ok", projects[1]);
    }

    [Fact]
    public void RecruitmentProjects_SingleMetierCode_BelongsToThatMetier()
    {
        var row = Value("recruitment_projects", "ASH");

        Assert.Equal(12.0, WarehouseQuery.Double(row[0]));
        Assert.Equal(0.25, WarehouseQuery.Double(Value("recruitment_difficulty_rate", "ASH")[0])!.Value, 12);
    }

    [Fact]
    public void GroupCode_IsPublishedForTheGroupNeverSplitAmongMembers()
    {
        Assert.Equal(0, WarehouseQuery.Count(_temp.Home,
            "select count(*) from pub.indicator_values where metier in ('AS', 'AP', 'AES', 'ADVF', 'TISF')"));
        Assert.True((bool)WarehouseQuery.Scalar(_temp.Home, "select is_group from pub.metiers where metier = 'AES+AP+AS'")!);
    }
}
