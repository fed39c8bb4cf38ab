using System.Globalization;
using Observatory.Core.Values;
using Observatory.Reporting.Html;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>
/// The report's sample holds the employer survey of three departments: the region and France values of the survey
/// are partial totals, and the report never prints them as the territory's total.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed class CoverageTests(ReportFixture fixture)
{
    [Fact]
    public void Partial_france_values_are_read_with_their_coverage()
    {
        var partial = fixture.Model.Metiers.SelectMany(p => p.Blocks.SelectMany(b => b.Figures))
            .Where(f => f.TerritoryLevel == "NAT" && f.Status == "partial")
            .ToList();
        Assert.NotEmpty(partial);

        var figure = partial[0];
        var covered = Convert.ToInt32(fixture.Query($"select covered_territories from pub.indicator_values where indicator = '{figure.Indicator}' and metier = '{figure.Metier}' and territory_level = 'NAT' and period = '{figure.Period}'").Single()[0], CultureInfo.InvariantCulture);
        var total = Convert.ToInt32(fixture.Query("select count(*) from pub.territories where territory_level = 'DEP'").Single()[0], CultureInfo.InvariantCulture);
        Assert.Equal(new Coverage(covered, total), figure.Partial);
    }

    [Fact]
    public void A_table_showing_a_partial_france_value_labels_its_column_with_the_departments_loaded()
    {
        var figure = fixture.Model.Metiers.SelectMany(p => p.Blocks.SelectMany(b => b.Figures))
            .First(f => f.TerritoryLevel == "NAT" && f.Partial is not null && f.Period == fixture.Model.Year);
        var label = $"France — {figure.Partial!.Value.Label}";

        Assert.Contains($"<th>{HtmlWriter.Escape(label)}</th>", fixture.Html, StringComparison.Ordinal);
        Assert.Contains(HtmlWriter.Escape(DisclosureReasons.PartialText(figure.Partial)), fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_methodology_explains_partial_totals_and_period_conventions()
    {
        Assert.Contains("Totaux régionaux et nationaux", fixture.Html, StringComparison.Ordinal);
        var convention = fixture.Model.Indicators.Single(i => i.Code == "job_seekers_a").PeriodConvention;
        Assert.Contains("moyenne annuelle", convention, StringComparison.Ordinal);
        Assert.Contains(HtmlWriter.Escape(convention), fixture.Html, StringComparison.Ordinal);
    }
}
