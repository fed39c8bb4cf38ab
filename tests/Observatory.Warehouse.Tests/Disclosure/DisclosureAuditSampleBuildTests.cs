using System.Globalization;
using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>The audit on a real build (sample files → ingest → build): its hypotheses hold and it is never wrong.</summary>
public sealed class DisclosureAuditSampleBuildTests(SampleBuildFixture sample) : IClassFixture<SampleBuildFixture>
{
    private static readonly string[] Fields = ["value", "numerator", "denominator", "unit_count"];

    [Fact]
    public void RunAll_EveryRecoveredNumberIsTheTrueValue()
    {
        Assert.True(sample.Report.Published, sample.Report.Error);
        var path = sample.Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();

        var report = DisclosureAudit.RunAll(connection);

        var truth = Truth(connection);
        var checkedNumbers = 0;
        foreach (var (_, cell) in report.AllRecovered())
        {
            var field = Array.IndexOf(Fields, cell.Field);
            if (field < 0)
            {
                continue;
            }

            var expected = truth[(cell.Indicator, cell.Metier, cell.TerritoryLevel, cell.Territory, cell.Period)][field];
            Assert.True(expected is { } e && Math.Abs(e - cell.Value) <= 1e-6 * Math.Max(1, Math.Abs(e)), $"{cell} (true value {expected})");
            checkedNumbers++;
        }

        Assert.Equal(report.AllRecovered().Count(c => Array.IndexOf(Fields, c.Cell.Field) >= 0), checkedNumbers);
        Assert.Equal(0, report.Anonymous.InconsistentComponents);
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: employment.value is additive along territory REG→NAT", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: ", StringComparison.Ordinal)
            && h.Contains("employment.value", StringComparison.Ordinal) && h.Contains("turnover_rate.denominator", StringComparison.Ordinal) && h.EndsWith("shown cells agree)", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: work_accident_frequency.value = 1000 · numerator / denominator", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("rejected: share_55_plus.value is additive along territory", StringComparison.Ordinal));
        Assert.Equal(["01", "40"], report.Analysts.Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<(string, string, string, string, string), double?[]> Truth(DuckDbConnection connection)
    {
        using var result = connection.Query(
            "select indicator_code, metier_code, territory_level, territory_code, period_code::varchar, value::double, " +
            "numerator::double, denominator::double, unit_count::double from fct_indicator_values");
        return result.Rows().ToDictionary(
            r => ((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, (string)r[4]!),
            r => r.Skip(5).Select(x => x is null ? (double?)null : Convert.ToDouble(x, CultureInfo.InvariantCulture)).ToArray());
    }
}
