using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// Hand-computed values of each indicator family on a tiny lake (INDICATORS.md formulas), read from the
/// published <c>pub.indicator_values</c>: the fixture passes every disclosure rule (≥ 3 establishments, no
/// establishment above 85 %, ≥ 5 persons per ratio operand), so the values must come out unmasked.
/// </summary>
public sealed class HandComputedIndicatorTests(HandComputedLake lake) : IClassFixture<HandComputedLake>
{
    [Fact]
    public void TensionRatio_IsYearOffersOverYearEntriesOfCategoryA()
    {
        var row = Value("tension_ratio", "ASH", "DEP", "01");

        Assert.Equal(100.0 / 200.0, Number(row[0]), 12);
        Assert.Equal("ok", row[1]);
        Assert.Equal(100.0, Number(row[2]));
        Assert.Equal(200.0, Number(row[3]));
        Assert.Equal(100.0, Number(Value("job_offers", "ASH", "DEP", "01")[0]));
        // stocks: annual averages of the end-of-quarter stocks, (280 + 290 + 295 + 300) / 4 and (900 + 950) / 2 (the
        // ABC rows of two quarters only)
        Assert.Equal(291.25, Number(Value("job_seekers_a", "ASH", "DEP", "01")[0]));
        Assert.Equal(925.0, Number(Value("job_seekers_abc", "ASH", "DEP", "01")[0]));
    }

    [Fact]
    public void AbsenteeismRate_IsAbsenceDaysOverRealFteTimes365()
    {
        // (657 + 985.5 + 0) / ((18 + 27 + 9) × 365) = 1642.5 / 19710 = 1/12
        var row = Value("absenteeism_rate", "AS", "DEP", "01");

        Assert.Equal(1.0 / 12.0, Number(row[0]), 12);
        Assert.Equal("ok", row[1]);
        Assert.Equal(1642.5, Number(row[2]), 9);
        Assert.Equal(19710.0, Number(row[3]), 9);
        Assert.Equal(1.0 / 12.0, Number(Value("absenteeism_rate", "AS", "REG", "84")[0]), 12);
    }

    [Fact]
    public void TurnoverRate_IsHalfOfEntriesPlusExitsOverHeadcount()
    {
        // ((4 + 6) / 2 + (3 + 5) / 2 + (1 + 1) / 2) / (20 + 30 + 10) = 10 / 60
        var row = Value("turnover_rate", "AS", "DEP", "01");

        Assert.Equal(10.0 / 60.0, Number(row[0]), 12);
        Assert.Equal(10.0, Number(row[2]), 12);
        Assert.Equal(60.0, Number(row[3]), 12);
    }

    [Fact]
    public void VacancyRateAndEmployment_FromTheSameAnswers()
    {
        // (2 + 3 + 1) / ((18 + 2) + (27 + 3) + (9 + 1)) = 6 / 60
        Assert.Equal(0.1, Number(Value("vacancy_rate", "AS", "DEP", "01")[0]), 12);
        Assert.Equal(60.0, Number(Value("employment", "AS", "DEP", "01")[0]));
        Assert.Equal("3", Convert.ToString(Value("employment", "AS", "DEP", "01")[4], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Training_GraduatesAndGraduationRate_ByRegionAndFrance()
    {
        Assert.Equal(80.0, Number(Value("training_graduates", "AS", "REG", "84")[0]));
        Assert.Equal(110.0, Number(Value("training_entrants", "AS", "REG", "84")[0]));
        Assert.Equal(120.0, Number(Value("training_enrolled", "AS", "REG", "84")[0]));
        Assert.Equal(80.0 / 100.0, Number(Value("graduation_rate", "AS", "REG", "84")[0]), 12);
        Assert.Equal(45.0 / 50.0, Number(Value("graduation_rate", "AS", "REG", "75")[0]), 12);
        // France: (80 + 45) / (100 + 50), not the mean of the regional rates
        Assert.Equal(125.0 / 150.0, Number(Value("graduation_rate", "AS", "NAT", "FR")[0]), 12);
        Assert.Equal(125.0, Number(Value("training_graduates", "AS", "NAT", "FR")[0]));
    }

    [Fact]
    public void TrainingCoverage_IsPlannedNotComputed()
    {
        Assert.Equal("planned", WarehouseQuery.Scalar(lake.Home, "select catalogue_status from pub.indicators where indicator = 'training_coverage'"));
        Assert.Equal(0, WarehouseQuery.Count(lake.Home, "select count(*) from pub.indicator_values where indicator = 'training_coverage'"));
    }

    [Fact]
    public void PositiveExitRate_IsPeopleExitingToJobOrTrainingOverPeopleAccompanied()
    {
        // Ain: 6 + 5 people exiting positively over 12 people (34 quarters of accompaniment: each person counts once)
        var ain = Value("positive_exit_rate", "AS", "DEP", "01");
        Assert.Equal(11.0 / 12.0, Number(ain[0]), 12);
        Assert.Equal(11.0, Number(ain[2]));
        Assert.Equal(12.0, Number(ain[3]));
        Assert.Equal(12.0, Number(Value("people_accompanied", "AS", "DEP", "01")[0]));
        // France: (11 + 5) / (12 + 8)
        Assert.Equal(16.0 / 20.0, Number(Value("positive_exit_rate", "AS", "NAT", "FR")[0]), 12);
        Assert.Equal(20.0, Number(Value("people_accompanied", "AS", "NAT", "FR")[0]));
    }

    private object?[] Value(string indicator, string metier, string level, string territory) => WarehouseQuery.Rows(lake.Home,
        $"select value, status, numerator, denominator, unit_count from pub.indicator_values where indicator = '{indicator}' " +
        $"and metier = '{metier}' and territory_level = '{level}' and territory = '{territory}' and period = '2023'").Single();

    private static double Number(object? value) => WarehouseQuery.Double(value) ?? throw new Xunit.Sdk.XunitException("value is null");
}
