using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// Four end-to-end builds of the same seed (2023–2024): the Landes alone, the Landes and the Ain, the default scope (the
/// 24 departments of Nouvelle-Aquitaine and Auvergne-Rhône-Alpes), all with the publishers' national files whole, and the
/// Landes alone from its own departmental extractions.
/// </summary>
public sealed class TensionInvarianceFixture : IDisposable
{
    private readonly List<TempHome> _homes = [];

    public TensionInvarianceFixture()
    {
        Landes = Build(["40"], nationalWhole: true);
        LandesAndAin = Build(["40", "01"], nationalWhole: true);
        DefaultScope = Build([], nationalWhole: true);
        LandesExtracts = Build(["40"], nationalWhole: false);
    }

    public Core.Home.DataHome Landes { get; }

    public Core.Home.DataHome LandesAndAin { get; }

    public Core.Home.DataHome DefaultScope { get; }

    public Core.Home.DataHome LandesExtracts { get; }

    public void Dispose()
    {
        foreach (var home in _homes)
        {
            home.Dispose();
        }
    }

    private Core.Home.DataHome Build(IReadOnlyList<string> departments, bool nationalWhole)
    {
        var temp = new TempHome();
        _homes.Add(temp);
        var sample = Path.Combine(temp.Root, "sample");
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputDirectory = sample, Departments = departments, FirstYear = 2023, LastYear = 2024, NationalSourcesWhole = nationalWhole,
        });
        IngestRunner.Run([sample], new IngestOptions { Home = temp.Home });
        var report = WarehouseBuilder.Run(new BuildOptions { Home = temp.Home });
        Assert.True(report.Published, report.Error + string.Join("\n", report.Failures));
        return temp.Home;
    }
}

/// <summary>
/// DARES's method standardises on a fixed panel of every métier of France, so a department's index and levels cannot depend
/// on which other departments were loaded; where the national files are not there, the index is missing rather than
/// standardised on part of France.
/// </summary>
public sealed class TensionInvarianceTests(TensionInvarianceFixture builds) : IClassFixture<TensionInvarianceFixture>
{
    private const string LandesTension =
        "select metier, period, \"index\", level, status, components::varchar from pub.tension " +
        "where territory_level = 'DEP' and territory = '40' order by metier, period";

    [Fact]
    public void LandesIndexAndLevels_AreTheSame_WithOneTwoOrTwentyFourDepartmentsLoaded()
    {
        var alone = WarehouseQuery.Rows(builds.Landes, LandesTension);
        var withAin = WarehouseQuery.Rows(builds.LandesAndAin, LandesTension);
        var defaultScope = WarehouseQuery.Rows(builds.DefaultScope, LandesTension);

        Assert.True(alone.Count(r => r[3] is not null) >= 10, "the Landes have published levels");
        Assert.Equal(Render(alone), Render(withAin));
        Assert.Equal(Render(alone), Render(defaultScope));
    }

    [Fact]
    public void ReferencePanel_IsTheSame_AndCoversAtLeast150MetiersOfFrance()
    {
        const string Panel = "select indicator, cell_count, metier_count, territory_count, reference_mean, reference_stddev, " +
            "threshold_1_2, threshold_4_5 from pub.tension_reference where dimension_status = 'computed' order by indicator";
        var alone = WarehouseQuery.Rows(builds.Landes, Panel);

        Assert.Equal(Render(alone), Render(WarehouseQuery.Rows(builds.DefaultScope, Panel)));
        Assert.Equal(["available_labour", "hiring_intensity", "outflow_rate", "recruitment_difficulty_rate", "tension_index", "tension_ratio"],
            alone.Select(r => (string)r[0]!));
        Assert.All(alone, r => Assert.True(Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture) >= 150, $"{r[0]}: {r[2]} métiers"));
    }

    [Fact]
    public void WithoutTheNationalFiles_TheLandesIndexIsMissing_NotStandardisedOnPartOfFrance()
    {
        var rows = WarehouseQuery.Rows(builds.LandesExtracts, LandesTension);
        var panel = WarehouseQuery.Count(builds.LandesExtracts, "select count(*) from pub.tension_reference where cell_count is not null");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Null(r[3]));
        Assert.All(rows, r => Assert.Equal("missing", r[4]));
        Assert.Equal(0, panel);
    }

    private static List<string> Render(IEnumerable<object?[]> rows) =>
        [.. rows.Select(r => string.Join("|", r.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
}
