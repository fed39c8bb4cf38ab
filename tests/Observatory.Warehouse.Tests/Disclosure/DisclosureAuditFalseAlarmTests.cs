using Observatory.Warehouse.Disclosure.Audit;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>Hidden cells the audit must not report: the attacker cannot determine them.</summary>
public sealed class DisclosureAuditFalseAlarmTests : IDisposable
{
    private static readonly string[] OnlyX = ["X"];
    private static readonly string[] XAndY = ["X", "Y"];

    private readonly PubTables _pub = new();

    public void Dispose() => _pub.Dispose();

    [Fact]
    public void TwoHiddenDepartmentsInARegion_NoOtherKnowledge_NothingRecovered()
    {
        Employment(OnlyX, "X@D1", "X@D2");

        var result = Anonymous();

        Assert.Empty(result.Recovered);
        Assert.True(result.Passed);
        Assert.Equal(2, result.HiddenCells);
        Assert.Contains(result.Hypotheses, h => h.StartsWith("kept: employment.value is additive along territory DEP→REG", StringComparison.Ordinal));
    }

    [Fact]
    public void HiddenRectangleAcrossMetiersAndDepartments_NothingRecovered()
    {
        // X and Y hidden in D1 and D2: the group X+Y and the region each give a sum of two unknowns, rank 3 for 4.
        Employment(XAndY, "X@D1", "X@D2", "Y@D1", "Y@D2");

        Assert.Empty(Anonymous().Recovered);
    }

    [Fact]
    public void HierarchyThatDoesNotAddUp_AdditivityRejected_NothingRecovered()
    {
        // Establishments counted in every department they serve: a region is not the sum of its departments.
        _pub.Indicator("establishments");
        foreach (var period in PubTables.History.Append("2020"))
        {
            foreach (var department in PubTables.Departments)
            {
                var hidden = period == "2020" && department == "D1";
                _pub.Row("establishments", "X", "DEP", department, period,
                    hidden ? null : PubTables.Seeded("X", department, period), hidden ? "secret" : "ok");
            }

            foreach (var (region, departments) in PubTables.Regions)
            {
                _pub.Row("establishments", "X", "REG", region, period, departments.Sum(d => PubTables.Seeded("X", d, period)) - 2);
            }
        }

        var result = Anonymous();

        Assert.Empty(result.Recovered);
        Assert.Contains(result.Hypotheses, h => h.StartsWith("rejected: establishments.value is additive along territory DEP→REG", StringComparison.Ordinal));
    }

    [Fact]
    public void RatioWithOnlyItsValueShown_NoOperandKnowledge_NothingRecovered()
    {
        _pub.Indicator("turnover_rate");
        foreach (var period in PubTables.History)
        {
            _pub.Ratio("turnover_rate", period, (m, d) => PubTables.Seeded(m, d, period),
                (m, d) => PubTables.Seeded(m, d, period) + 50, OnlyX, []);
        }

        string[] everythingElse = ["X@D2", "X@D3", "X@D4", "X@D5", "X@R1", "X@R2", "X@FR"];
        _pub.Ratio("turnover_rate", "2020", (_, _) => 3, (_, _) => 40, OnlyX, everythingElse, ["X@D1"]);

        var result = Anonymous();

        Assert.Empty(result.Recovered);
        Assert.Contains(result.Hypotheses, h => h.StartsWith("kept: turnover_rate.value = 1 · numerator / denominator", StringComparison.Ordinal));
    }

    [Fact]
    public void OperandsNotPublished_RatioHiddenInOneDepartment_NothingRecovered()
    {
        // A publication may leave the operands out for anonymous callers: the audit reads what is there.
        _pub.Indicator("turnover_rate");
        foreach (var period in PubTables.History.Append("2020"))
        {
            _pub.Ratio("turnover_rate", period, (m, d) => PubTables.Seeded(m, d, period),
                (m, d) => PubTables.Seeded(m, d, period) + 50, OnlyX, period == "2020" ? ["X@D1"] : []);
        }

        _pub.Connection.Execute("alter table pub.indicator_values drop column numerator; " +
                                "alter table pub.indicator_values drop column denominator; " +
                                "alter table pub.tension drop column components");

        Assert.Empty(Anonymous().Recovered);
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

    private DisclosureAuditResult Anonymous() => DisclosureAudit.Run(_pub.Connection, new DisclosureAuditOptions());
}
