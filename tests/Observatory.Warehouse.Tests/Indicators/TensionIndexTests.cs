using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// The composite tension index on <see cref="TensionIndexLake"/>, against values computed by hand. The reference panel
/// (five FAP codes of France in 2023, sample standard deviations):
/// — difficulty rate 0.5, 0.1, 0.3, 0.7, 0.9: mean 0.5, deviations 0, ±0.4, ±0.2 → variance 0.4 / 4 = 0.1;
/// — tension ratio 1.5, 0.5, 1.0, 1.75, 2.75: mean 7.5 / 5 = 1.5, deviations 0, −1, −0.5, 0.25, 1.25 → variance 2.875 / 4;
/// — outflow rate 4x / 600 = 0.5, 0.4, 0.2, 0.8, 0.6: mean 0.5, deviations 0, −0.1, −0.3, 0.3, 0.1 → variance 0.2 / 4.
/// Index = 0.5 z_difficulty + 0.3 z_ratio + 0.2 z_outflow (DARES weights); the levels are cut at the quintiles of the
/// panel's five indexes (linear interpolation between order statistics at positions 0.8, 1.6, 2.4, 3.2).
/// </summary>
public sealed class TensionIndexTests(TensionIndexLake lake) : IClassFixture<TensionIndexLake>
{
    private const double DifficultyMean = 0.5;
    private const double RatioMean = 1.5;
    private const double OutflowMean = 0.5;
    private static readonly double DifficultyStdDev = Math.Sqrt(0.4 / 4);
    private static readonly double RatioStdDev = Math.Sqrt(2.875 / 4);
    private static readonly double OutflowStdDev = Math.Sqrt(0.2 / 4);

    /// <summary>The panel's indexes, from the inputs of <see cref="TensionIndexLake.Panel"/>.</summary>
    private static readonly double[] PanelIndexes = [.. TensionIndexLake.Panel
        .Select(p => Index((double)p.Xmet / p.Met, p.Offers / 400.0, 4.0 * p.Exits / 600))
        .Order()];

    /// <summary>The four level cut points: quintiles of the panel's indexes.</summary>
    private static readonly double[] Cuts = [.. new[] { 0.2, 0.4, 0.6, 0.8 }.Select(q =>
    {
        var position = q * (PanelIndexes.Length - 1);
        var low = (int)Math.Floor(position);
        return PanelIndexes[low] + ((position - low) * (PanelIndexes[low + 1] - PanelIndexes[low]));
    })];

    [Fact]
    public void Reference_IsTheAllMetierPanelOfFrance()
    {
        var rows = WarehouseQuery.Rows(lake.Home,
            "select indicator, cell_count, reference_mean, reference_stddev, reference_first_year, reference_last_year, weight, metier_count, territory_count " +
            "from pub.tension_reference where indicator in ('recruitment_difficulty_rate', 'tension_ratio', 'outflow_rate') order by indicator");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(5L, Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal(5L, Convert.ToInt64(r[7], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal(1L, Convert.ToInt64(r[8], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(OutflowMean, WarehouseQuery.Double(rows[0][2])!.Value, 12);
        Assert.Equal(OutflowStdDev, WarehouseQuery.Double(rows[0][3])!.Value, 12);
        Assert.Equal(DifficultyMean, WarehouseQuery.Double(rows[1][2])!.Value, 12);
        Assert.Equal(DifficultyStdDev, WarehouseQuery.Double(rows[1][3])!.Value, 12);
        Assert.Equal(RatioMean, WarehouseQuery.Double(rows[2][2])!.Value, 12);
        Assert.Equal(RatioStdDev, WarehouseQuery.Double(rows[2][3])!.Value, 12);
        Assert.Equal(2019L, Convert.ToInt64(rows[2][4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2023L, Convert.ToInt64(rows[2][5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3, WarehouseQuery.Double(rows[2][6]));
    }

    [Fact]
    public void Levels_AreCutAtTheQuintilesOfThePanelsIndexes()
    {
        var row = WarehouseQuery.Rows(lake.Home,
            "select threshold_1_2, threshold_2_3, threshold_3_4, threshold_4_5, cell_count from pub.tension_reference where indicator = 'tension_index'").Single();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Cuts[i], WarehouseQuery.Double(row[i])!.Value, 9);
        }

        Assert.Equal(5L, Convert.ToInt64(row[4], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("01", 0.1, 0.5, 1, "très faible")]
    [InlineData("07", 0.3, 1.0, 2, "faible")]
    [InlineData("26", 0.5, 1.5, 3, "moyenne")]
    [InlineData("38", 0.7, 1.75, 4, "forte")]
    [InlineData("42", 0.9, 2.75, 5, "très forte")]
    public void Index_IsWeightedMeanOfZScoresClassedAtThePanelsQuintiles(string department, double difficulty, double ratio, int level, string label)
    {
        var zDifficulty = (difficulty - DifficultyMean) / DifficultyStdDev;
        var zRatio = (ratio - RatioMean) / RatioStdDev;
        var index = Index(difficulty, ratio, 0.5);

        var row = MartTension(department, "2023");

        Assert.Equal("ok", row[3]);
        Assert.Equal(index, WarehouseQuery.Double(row[0])!.Value, 9);
        Assert.Equal(1 + Cuts.Count(c => index >= c), level);
        Assert.Equal(level, Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(label, row[2]);
        var components = WarehouseQuery.Rows(lake.Home,
            "select c.indicator_code, c.value, c.z_score from fct_tension as t, unnest(t.components) as u(c) " +
            $"where t.metier_code = 'ASH' and t.territory_level = 'DEP' and t.territory_code = '{department}' and t.period_code = '2023' and c.role = 'principal' order by 1");
        Assert.Equal(["outflow_rate", "recruitment_difficulty_rate", "tension_ratio"], components.Select(c => (string)c[0]!));
        Assert.Equal(0.5, WarehouseQuery.Double(components[0][1])!.Value, 12);
        Assert.Equal(0.0, WarehouseQuery.Double(components[0][2])!.Value, 9);
        Assert.Equal(difficulty, WarehouseQuery.Double(components[1][1])!.Value, 12);
        Assert.Equal(zDifficulty, WarehouseQuery.Double(components[1][2])!.Value, 9);
        Assert.Equal(ratio, WarehouseQuery.Double(components[2][1])!.Value, 12);
        Assert.Equal(zRatio, WarehouseQuery.Double(components[2][2])!.Value, 9);
    }

    [Fact]
    public void BelowVolumeThreshold_IsSecret_WithoutFallbackToARegionLoadedInPart()
    {
        // Region 84 sums the six departments loaded: difficulty 260 / 520 = 0.5, ratio 850 / 600. Auvergne-Rhône-Alpes
        // has twelve departments, so that index is a partial total (status partial), not the region's: Savoie's
        // secret index does not fall back to it.
        var regionIndex = Index(0.5, 850.0 / 600.0, 0.5);

        var savoie = WarehouseQuery.Rows(lake.Home,
            "select \"index\", level, status, fallback_territory_level, fallback_territory, fallback_index, fallback_level " +
            "from pub.tension where metier = 'ASH' and territory_level = 'DEP' and territory = '73' and period = '2023'").Single();
        var region = WarehouseQuery.Rows(lake.Home,
            "select status, coverage, covered_territories from pub.tension where metier = 'ASH' and territory_level = 'REG' and territory = '84' and period = '2023'").Single();

        Assert.Null(savoie[0]);
        Assert.Null(savoie[1]);
        Assert.Equal("secret", savoie[2]);
        Assert.Null(savoie[3]);
        Assert.Null(savoie[4]);
        Assert.Null(savoie[5]);
        Assert.Equal(regionIndex, WarehouseQuery.Double(Tension("84", "2023", "REG")[0])!.Value, 9);
        Assert.Equal("partial", region[0]);
        Assert.Equal(6, Convert.ToInt32(region[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.5, WarehouseQuery.Double(region[1])!.Value, 12);
    }

    [Fact]
    public void HiddenIndex_DifficultyHiddenToo_AndProtectedByDifference()
    {
        // Savoie's index is below the volume threshold: its difficulty rate (with the published tension ratio
        // and the reference moments) would give it back, so xmet is hidden ('composite'); region 84 = six
        // departments, so the smallest other department (01, xmet 10) is hidden, and a third (07, xmet 30)
        // because the Ain's analyst, who sees 01 unmasked, would otherwise get Savoie by difference.
        var reasons = WarehouseQuery.Rows(lake.Home,
            "select territory, disclosure_reason from pub.indicator_values where indicator = 'recruitment_difficulty_rate' " +
            "and metier = 'ASH' and territory_level = 'DEP' and period = '2023' and value is null order by territory")
            .Select(r => $"{r[0]}:{r[1]}").ToList();
        var shownIndexes = WarehouseQuery.Rows(lake.Home,
            "select territory from pub.tension where metier = 'ASH' and territory_level = 'DEP' and period = '2023' and \"index\" is not null order by 1")
            .Select(r => (string)r[0]!).ToList();
        var hiddenComponents = WarehouseQuery.Count(lake.Home,
            "select count(*) from pub.tension as t, unnest(t.components) as u(c) where t.\"index\" is null and t.status = 'secret' " +
            "and c.indicator_code = 'recruitment_difficulty_rate' and (c.value is not null or c.z_score is not null)");

        Assert.Equal(["01:secondary", "07:secondary", "73:composite"], reasons);
        Assert.Equal(["26", "38", "42"], shownIndexes);
        Assert.Equal(0, hiddenComponents);
        Assert.Equal("secondary", Tension("01", "2023")[4]);
        Assert.NotNull(Tension("84", "2023", "REG")[0]);
    }

    [Fact]
    public void LaterYear_IsStandardisedAgainstTheReferencePanel()
    {
        // Ain 2024 alone: difficulty 0.5, ratio 1.5 and outflow 0.5 are the panel's means → z = 0 → level 3 (the panel's
        // middle quintile holds 0), although the 2024 distribution (one cell) has no standard deviation of its own.
        var row = Tension("01", "2024");

        Assert.Equal("ok", row[3]);
        Assert.Equal(0.0, WarehouseQuery.Double(row[0])!.Value, 12);
        Assert.Equal(3, Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>0.5 z_difficulty + 0.3 z_ratio + 0.2 z_outflow against the panel's moments.</summary>
    private static double Index(double difficulty, double ratio, double outflow) =>
        (0.5 * (difficulty - DifficultyMean) / DifficultyStdDev) + (0.3 * (ratio - RatioMean) / RatioStdDev)
        + (0.2 * (outflow - OutflowMean) / OutflowStdDev);

    private object?[] Tension(string territory, string period, string level = "DEP") => WarehouseQuery.Rows(lake.Home,
        "select \"index\", level, label, status, disclosure_reason from pub.tension " +
        $"where metier = 'ASH' and territory_level = '{level}' and territory = '{territory}' and period = '{period}'").Single();

    /// <summary>The index as computed, before disclosure control (the arithmetic under test).</summary>
    private object?[] MartTension(string territory, string period) => WarehouseQuery.Rows(lake.Home,
        "select tension_index, tension_level, tension_label, status from fct_tension " +
        $"where metier_code = 'ASH' and territory_level = 'DEP' and territory_code = '{territory}' and period_code = '{period}'").Single();
}
