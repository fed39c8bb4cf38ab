using System.Globalization;
using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure.Audit;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Disclosure;

/// <summary>The audit on a real build (sample files → ingest → build): its hypotheses hold and it is never wrong.</summary>
public sealed class DisclosureAuditSampleBuildTests(SampleBuildFixture sample) : IClassFixture<SampleBuildFixture>
{
    private static readonly string[] Fields = ["value", "numerator", "denominator", "unit_count"];

    /// <summary>
    /// The published sample passes the audit; with its secondary cells revealed (an in-memory copy of the edition), the
    /// attacker recovers primary cells, and every derivation it makes lands on the true value: none is discarded as a
    /// hypothesis the hidden cells break.
    /// </summary>
    [Fact]
    public void RunAll_OnTheEditionWithoutSecondaryCells_RecoversTrueValuesOnly()
    {
        Assert.True(sample.Report.Published, sample.Report.Error);
        Assert.True(sample.Report.DisclosureAudit!.Passed);
        var path = sample.Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
        using var connection = database.Connect();
        connection.Execute($"attach '{path.Replace("'", "''", StringComparison.Ordinal)}' as edition (read_only)");
        connection.Execute("create schema pub");
        foreach (var table in new[] { "indicator_values", "tension", "tension_reference", "territories", "metiers", "indicators" })
        {
            connection.Execute($"create table pub.{table} as select * from edition.pub.{table}");
        }

        connection.Execute("create table fct_indicator_values as select * from edition.fct_indicator_values");
        var revealed = connection.Execute("""
            update pub.indicator_values as v
            set value = f.value, numerator = f.numerator, denominator = f.denominator, unit_count = f.unit_count,
                status = f.status, disclosure_reason = null
            from fct_indicator_values as f
            where v.disclosure_reason = 'secondary' and f.indicator_code = v.indicator and f.metier_code = v.metier
                and f.territory_level = v.territory_level and f.territory_code = v.territory and f.period_code = v.period
            """);

        var report = DisclosureAudit.RunAll(connection);

        Assert.True(revealed > 0);
        var recovered = report.AllRecovered().ToList();
        Assert.NotEmpty(recovered);
        Assert.Equal(0, report.Anonymous.WrongDerivations);
        Assert.All(report.Analysts.Values, a => Assert.Equal(0, a.WrongDerivations));
        var truth = Truth(connection);
        foreach (var (_, cell) in recovered.Where(r => Array.IndexOf(Fields, r.Cell.Field) >= 0))
        {
            var expected = truth[(cell.Indicator, cell.Metier, cell.TerritoryLevel, cell.Territory, cell.Period)][Array.IndexOf(Fields, cell.Field)];
            Assert.True(expected is { } e && Math.Abs(e - cell.Value) <= 1e-6 * Math.Max(1, Math.Abs(e)), $"{cell} (true value {expected})");
        }
    }

    [Fact]
    public void RunAll_OnThePublishedSample_KeepsAndRejectsTheExpectedHypotheses()
    {
        var path = sample.Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();

        var report = DisclosureAudit.RunAll(connection);

        Assert.True(report.Passed);
        Assert.Equal(0, report.Anonymous.InconsistentComponents);
        // BMO and France Travail cover every department (the publishers' national files): their regions add up to France.
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: job_offers.value is additive along territory REG→NAT", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: recruitment_projects.value is additive along territory REG→NAT", StringComparison.Ordinal));
        // URSSAF covers the Ain and the Landes only: most regions have no employment cell, so the audit cannot check that
        // hypothesis on a fully shown family and does not assume it.
        Assert.Contains("rejected: employment.value is additive along territory REG→NAT (no fully shown family to check it on)", report.Anonymous.Hypotheses);
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: ", StringComparison.Ordinal)
            && h.Contains("employment.value", StringComparison.Ordinal) && h.Contains("turnover_rate.denominator", StringComparison.Ordinal) && h.EndsWith("shown cells agree)", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("kept: work_accident_frequency.value = 1000 · numerator / denominator", StringComparison.Ordinal));
        Assert.Contains(report.Anonymous.Hypotheses, h => h.StartsWith("rejected: share_55_plus.value is additive along territory", StringComparison.Ordinal));
        // Every department has BMO and France Travail rows, so every department's analyst is an attacker.
        var departments = Core.Reference.ReferenceCatalog.Load(Core.Reference.SchemasDirectory.Locate()).Departments.Select(d => d.Code);
        Assert.Equal(departments.Order(StringComparer.Ordinal), report.Analysts.Keys.Order(StringComparer.Ordinal));
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
