using Observatory.Warehouse.Disclosure.Audit;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>Leaks the audit must catch, built by hand; every recovered number is checked against the true value.</summary>
public sealed class DisclosureAuditTests : IDisposable
{
    private static readonly string[] OnlyX = ["X"];
    private static readonly string[] XAndY = ["X", "Y"];

    private readonly PubTables _pub = new();

    public void Dispose() => _pub.Dispose();

    [Fact]
    public void Count_HiddenInOneDepartment_RecoveredAsRegionMinusShownDepartments()
    {
        Employment(OnlyX, "X@D1");

        var cell = Recovered(Anonymous(), "employment", "X", "D1", "value");

        Assert.Equal(PubTables.Seeded("X", "D1", "2020"), cell.Value);
        Assert.Equal(DisclosureLeakKind.TerritoryDifferencing, cell.Kind);
        Assert.Contains("REG R1", cell.How, StringComparison.Ordinal);
    }

    [Fact]
    public void RatioOperands_HiddenDepartment_RecoveredByDifferencingTheOperands()
    {
        // The issue's example: the region shows 161 / 369, the other departments' operands are shown, 1 / 6 falls.
        _pub.Indicator("positive_exit_rate");
        RatioHistory("positive_exit_rate");
        _pub.Ratio("positive_exit_rate", "2020", (_, d) => d switch { "D1" => 1, "D2" => 80, _ => 80 },
            (_, d) => d switch { "D1" => 6, "D2" => 200, _ => 163 }, OnlyX, ["X@D1"]);

        var result = Anonymous();

        Assert.Equal(1.0 / 6, Recovered(result, "positive_exit_rate", "X", "D1", "value").Value, 12);
        Assert.Equal(DisclosureLeakKind.Ratio, Recovered(result, "positive_exit_rate", "X", "D1", "value").Kind);
        Assert.Equal(1, Recovered(result, "positive_exit_rate", "X", "D1", "numerator").Value, 9);
        Assert.Equal(6, Recovered(result, "positive_exit_rate", "X", "D1", "denominator").Value, 9);
    }

    [Fact]
    public void SameQuantityUnderTwoIndicators_SecondaryCellFalls_ThenThePrimaryCellItProtected()
    {
        Employment(OnlyX, "X@D1", "X@D2");
        _pub.Indicator("share_55_plus");
        foreach (var period in PubTables.History.Append("2020"))
        {
            _pub.Ratio("share_55_plus", period, (m, d) => Math.Floor(PubTables.Seeded(m, d, period) / 3),
                (m, d) => PubTables.Seeded(m, d, period), OnlyX, period == "2020" ? ["X@D1"] : []);
        }

        var result = Anonymous();

        var secondary = Recovered(result, "employment", "X", "D2", "value");
        Assert.Equal(PubTables.Seeded("X", "D2", "2020"), secondary.Value);
        Assert.Equal(DisclosureLeakKind.LinkedQuantity, secondary.Kind);
        Assert.Contains("share_55_plus.denominator", secondary.How, StringComparison.Ordinal);
        var primary = Recovered(result, "employment", "X", "D1", "value");
        Assert.Equal(PubTables.Seeded("X", "D1", "2020"), primary.Value);
        Assert.Equal(DisclosureLeakKind.TerritoryDifferencing, primary.Kind);
    }

    [Fact]
    public void AvailableLabour_ShownValue_RevealsHiddenEmployment()
    {
        Employment(OnlyX, "X@D1", "X@D2");
        _pub.Indicator("job_seekers_a", "down", "job_seekers(cat A, last quarter)");
        _pub.Indicator("available_labour", "down", "job_seekers_a / employment");
        foreach (var period in PubTables.History.Append("2020"))
        {
            double Seekers(string m, string d) => PubTables.Seeded(m, d, period) + 7;
            _pub.Count("job_seekers_a", period, Seekers, OnlyX);
            foreach (var department in PubTables.Departments.Where(d => period != "2020" || d == "D1"))
            {
                _pub.Row("available_labour", "X", "DEP", department, period,
                    Seekers("X", department) / PubTables.Seeded("X", department, period));
            }
        }

        var result = Anonymous();

        var revealed = Recovered(result, "employment", "X", "D1", "value");
        Assert.Equal(PubTables.Seeded("X", "D1", "2020"), revealed.Value, 9);
        Assert.Equal(DisclosureLeakKind.Formula, revealed.Kind);
        Assert.Equal(PubTables.Seeded("X", "D2", "2020"), Recovered(result, "employment", "X", "D2", "value").Value, 9);
    }

    [Fact]
    public void AvailableLabourOfAGroup_LatentGroupEmployment_RevealsHiddenMemberEmployment()
    {
        // Employment and job seekers are published for X and Y only, available_labour for the group X+Y only: the
        // attacker checks on the shown cells that the group's ratio is Σ members' job seekers / Σ members' employment.
        _pub.Indicator("employment", "none", "headcount");
        _pub.Indicator("job_seekers_a", "down", "job_seekers(cat A, last quarter)");
        _pub.Indicator("available_labour", "down", "job_seekers_a / employment");
        foreach (var period in PubTables.History.Append("2020"))
        {
            double Employment(string m, string d) => PubTables.Seeded(m, d, period);
            double Seekers(string m, string d) => PubTables.Seeded(m, d, period) + 7;
            string[] hidden = period == "2020" ? ["Y@D1", "Y@D2"] : [];
            _pub.Count("employment", period, Employment, ["X"]);
            _pub.Count("employment", period, Employment, ["Y"], hidden);
            _pub.Count("job_seekers_a", period, Seekers, ["X"]);
            _pub.Count("job_seekers_a", period, Seekers, ["Y"]);
            foreach (var department in PubTables.Departments)
            {
                _pub.Row("available_labour", "X+Y", "DEP", department, period,
                    XAndY.Sum(m => Seekers(m, department)) / XAndY.Sum(m => Employment(m, department)));
            }
        }

        var result = Anonymous();

        var revealed = Recovered(result, "employment", "Y", "D1", "value");
        Assert.Equal(PubTables.Seeded("Y", "D1", "2020"), revealed.Value, 9);
        Assert.Equal(DisclosureLeakKind.MetierGroupDifferencing, revealed.Kind);
        Assert.Contains(DisclosureLeakKind.Formula, revealed.Rules);
        Assert.Contains(result.Hypotheses, h => h.StartsWith("kept: employment.value is additive along métier groups (checked through", StringComparison.Ordinal));
    }

    [Fact]
    public void Chain_RegionFromFranceThenDepartmentFromRegion()
    {
        Employment(OnlyX, "X@R1", "X@D1");

        var result = Anonymous();

        Assert.Equal(PubTables.Regions["R1"].Sum(d => PubTables.Seeded("X", d, "2020")),
            Recovered(result, "employment", "X", "R1", "value").Value);
        var department = Recovered(result, "employment", "X", "D1", "value");
        Assert.Equal(PubTables.Seeded("X", "D1", "2020"), department.Value);
        Assert.Equal(DisclosureLeakKind.TerritoryDifferencing, department.Kind);
    }

    [Fact]
    public void MetierGroup_MinusShownMember_RevealsTheHiddenMember()
    {
        // Y is hidden in two departments of R1, so the region alone protects it; the group X+Y at D1 does not.
        Employment(XAndY, "Y@D1", "Y@D2");

        var result = Anonymous();

        var member = Recovered(result, "employment", "Y", "D1", "value");
        Assert.Equal(PubTables.Seeded("Y", "D1", "2020"), member.Value);
        Assert.Equal(DisclosureLeakKind.MetierGroupDifferencing, member.Kind);
        Assert.Equal(PubTables.Seeded("Y", "D2", "2020"), Recovered(result, "employment", "Y", "D2", "value").Value);
    }

    [Fact]
    public void Analyst_OfOneOfTwoHiddenDepartments_RecoversTheOther()
    {
        Employment(OnlyX, "X@D1", "X@D2");

        var anonymous = Anonymous();
        var analyst = DisclosureAudit.Run(_pub.Connection, new DisclosureAuditOptions { KnownDepartment = "D1" });
        var all = DisclosureAudit.RunAll(_pub.Connection);

        Assert.Empty(anonymous.Recovered);
        var other = Recovered(analyst, "employment", "X", "D2", "value");
        Assert.Equal(PubTables.Seeded("X", "D2", "2020"), other.Value);
        Assert.DoesNotContain(analyst.Recovered, c => c.Territory == "D1");
        Assert.Equal(2, anonymous.HiddenCells);
        Assert.Equal(1, analyst.HiddenCells);
        Assert.Empty(all.Anonymous.Recovered);
        Assert.Contains(all.Analysts["D1"].Recovered, c => c.Territory == "D2" && c.Field == "value");
        Assert.Contains(all.Analysts["D2"].Recovered, c => c.Territory == "D1" && c.Field == "value");
        Assert.Empty(all.Analysts["D4"].Recovered);
        Assert.False(all.Passed);
        Assert.Contains(all.AllRecovered(), r => r.KnownDepartment == "D1" && r.Cell.Territory == "D2");
        Assert.Equal(2, all.Analysts.Count(a => !a.Value.Passed));
        Assert.Equal(5, all.Analysts.Count);
    }

    [Fact]
    public void LinearCombination_TwoHiddenRatioCellsWithShownValues_SolvedOnlyByElimination()
    {
        // Unknowns n1, d1, n2, d2: n1 + n2 and d1 + d2 by difference, n1 = 0.3 d1 and n2 = 0.4 d2 from the values.
        // Every equation has two unknowns: differencing alone finds nothing.
        _pub.Indicator("vacancy_rate");
        RatioHistory("vacancy_rate");
        _pub.Ratio("vacancy_rate", "2020", (_, d) => d switch { "D1" => 3, "D2" => 8, _ => 50 },
            (_, d) => d switch { "D1" => 10, "D2" => 20, _ => 100 }, OnlyX, [], ["X@D1", "X@D2"]);

        var result = Anonymous();

        Assert.Equal(3, Recovered(result, "vacancy_rate", "X", "D1", "numerator").Value, 9);
        Assert.Equal(10, Recovered(result, "vacancy_rate", "X", "D1", "denominator").Value, 9);
        Assert.Equal(8, Recovered(result, "vacancy_rate", "X", "D2", "numerator").Value, 9);
        Assert.Equal(20, Recovered(result, "vacancy_rate", "X", "D2", "denominator").Value, 9);
        Assert.Contains(result.Recovered, c => c.Kind == DisclosureLeakKind.LinearCombination);
    }

    [Fact]
    public void LinkedTotal_DistributionDenominator_RevealsTheHiddenShare()
    {
        // exits_by_metier = exits of the métier / exits of all métiers: the denominator, the same for every métier,
        // is the sum of the numerators, so X's hidden numerator is Z's denominator minus Z's numerator.
        string[] metiers = ["X", "Z"];
        _pub.Indicator("exits_by_metier");
        foreach (var period in PubTables.History.Append("2020"))
        {
            _pub.Ratio("exits_by_metier", period, (m, d) => PubTables.Seeded(m, d, period),
                (_, d) => metiers.Sum(m => PubTables.Seeded(m, d, period)), metiers, period == "2020" ? ["X@D1", "X@D2"] : []);
        }

        var result = Anonymous();

        var numerator = Recovered(result, "exits_by_metier", "X", "D1", "numerator");
        Assert.Equal(PubTables.Seeded("X", "D1", "2020"), numerator.Value, 9);
        Assert.Equal(DisclosureLeakKind.LinkedTotal, numerator.Kind);
        var value = Recovered(result, "exits_by_metier", "X", "D1", "value");
        Assert.Equal(PubTables.Seeded("X", "D1", "2020") / metiers.Sum(m => PubTables.Seeded(m, "D1", "2020")), value.Value, 12);
        Assert.Contains(DisclosureLeakKind.LinkedTotal, value.Rules);
        Assert.Contains(DisclosureLeakKind.Ratio, value.Rules);
    }

    private void Employment(string[] metiers, params string[] hidden)
    {
        _pub.Indicator("employment", "none", "headcount");
        foreach (var period in PubTables.History)
        {
            _pub.Count("employment", period, (m, d) => PubTables.Seeded(m, d, period), metiers);
        }

        _pub.Count("employment", "2020", (m, d) => PubTables.Seeded(m, d, "2020"), metiers, hidden);
    }

    private void RatioHistory(string indicator)
    {
        foreach (var period in PubTables.History)
        {
            _pub.Ratio(indicator, period, (m, d) => PubTables.Seeded(m, d, period),
                (m, d) => PubTables.Seeded(m, d, period) + 50, OnlyX, []);
        }
    }

    private DisclosureAuditResult Anonymous() => DisclosureAudit.Run(_pub.Connection, new DisclosureAuditOptions());

    internal static RecoveredCell Recovered(DisclosureAuditResult result, string indicator, string metier, string territory, string field) =>
        result.Recovered.SingleOrDefault(c => c.Indicator == indicator && c.Metier == metier && c.Territory == territory && c.Field == field)
        ?? throw new Xunit.Sdk.XunitException(
            $"{indicator}.{field} {metier} {territory} not recovered; recovered: {string.Join("; ", result.Recovered)}");
}
