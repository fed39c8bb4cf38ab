using System.Globalization;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>Every figure of the report model equals the same value queried independently on <c>pub</c>, and is printed formatted.</summary>
[Collection(ReportCollection.Name)]
public sealed class ReportFiguresTests(ReportFixture fixture)
{
    private const string Dep = "territory_level = 'DEP' and territory = '40'";

    [Fact]
    public void Every_block_figure_equals_its_pub_row()
    {
        var region = ReportFixture.Text(fixture.Query("select parent_territory from pub.territories where territory_level = 'DEP' and territory = '40'").Single()[0]);
        var expected = fixture.Query($"""
            select indicator, metier, territory_level, period, value, status, coalesce(disclosure_reason, '')
            from pub.indicator_values
            where {Dep} or (territory_level = 'REG' and territory = '{region}') or territory_level = 'NAT'
            """).ToDictionary(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}", r => (Value: ReportFixture.Double(r[4]), Status: (string)r[5]!, Reason: (string)r[6]!));

        var checkedFigures = 0;
        foreach (var block in fixture.Model.Metiers.SelectMany(p => p.Blocks))
        {
            foreach (var figure in block.Figures)
            {
                var row = expected[$"{figure.Indicator}|{figure.Metier}|{figure.TerritoryLevel}|{figure.Period}"];
                Assert.Equal(row.Value, figure.Value);
                Assert.Equal(row.Status, figure.Status);
                Assert.Equal(row.Reason, figure.Reason ?? string.Empty);
                checkedFigures++;
            }
        }

        Assert.True(checkedFigures > 100, $"only {checkedFigures} figures");
    }

    [Fact]
    public void Each_block_holds_every_pub_row_of_its_metier_indicators_and_years()
    {
        var years = string.Join(", ", fixture.Model.Years.Select(y => $"'{y}'"));
        foreach (var block in fixture.Model.Metiers.SelectMany(p => p.Blocks).Where(b => b.Figures.Count > 0))
        {
            var metier = block.Figures[0].Metier;
            var indicators = string.Join(", ", block.Indicators.Select(i => $"'{i}'"));
            var count = Convert.ToInt64(fixture.Query($"""
                select count(*) from pub.indicator_values as v
                join pub.territories as d on d.territory_level = 'DEP' and d.territory = '40'
                where v.metier = '{metier}' and v.indicator in ({indicators}) and v.period in ({years})
                  and ((v.territory_level = 'DEP' and v.territory = d.territory) or (v.territory_level = 'REG' and v.territory = d.parent_territory) or v.territory_level = 'NAT')
                """).Single()[0], CultureInfo.InvariantCulture);
            Assert.Equal(count, block.Figures.Count);
        }
    }

    [Fact]
    public void Series_tables_print_each_value_formatted_in_its_cell()
    {
        var cells = 0;
        foreach (var page in fixture.Model.Metiers)
        {
            var section = HtmlTables.MetierSection(fixture.Html, page.Metier.Code);
            foreach (var block in page.Blocks.Where(b => b.Figures.Count > 0))
            {
                var rows = HtmlTables.Rows(section, block.Key);
                var shown = block.Indicators.Where(i => block.Figures.Any(f => f.Indicator == i)).ToList();
                Assert.Equal(shown.Count, rows.Count);
                for (var r = 0; r < shown.Count; r++)
                {
                    Assert.Equal(fixture.Model.Years.Count, rows[r].Cells.Count);
                    for (var y = 0; y < fixture.Model.Years.Count; y++)
                    {
                        var figure = block.Find(shown[r], block.SeriesLevel, fixture.Model.Years[y]);
                        var text = rows[r].Cells[y];
                        var expected = figure is null ? "–" : figure.Value is { } v ? IndicatorFormat.Value(figure.Indicator, v) : DisclosureText.Symbol(figure.Status);
                        Assert.StartsWith(expected, text, StringComparison.Ordinal);
                        cells++;
                    }
                }
            }
        }

        Assert.True(cells > 100, $"only {cells} cells");
    }

    [Fact]
    public void Ranking_equals_pub_tension_ordered_by_index()
    {
        var rows = fixture.Query($"select metier, index, level, status from pub.tension where {Dep} and period = '2024'")
            .OrderByDescending(r => ReportFixture.Double(r[1]) ?? double.NegativeInfinity)
            .ToList();
        Assert.Equal(rows.Count, fixture.Model.Ranking.Count);
        Assert.Equal(rows.Select(r => (string)r[0]!), fixture.Model.Ranking.Select(r => r.Metier));
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = fixture.Model.Ranking[i];
            Assert.Equal(ReportFixture.Double(rows[i][1]), cell.Index);
            Assert.Equal(rows[i][2] is null ? null : Convert.ToInt32(rows[i][2], CultureInfo.InvariantCulture), cell.Level);
            var row = fixture.Html[fixture.Html.IndexOf($"<tr data-metier=\"{HtmlWriterEncode(cell.Metier)}\">", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Contains(cell.Index is { } index ? FrenchNumber.Signed(index) : $">{DisclosureText.Symbol((string)rows[i][3]!)}<", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Key_figures_equal_sums_computed_on_pub()
    {
        var nonGroup = "metier in (select metier from pub.metiers where not is_group)";
        (double? Sum, long Masked) Sum(string indicator, string filter)
        {
            var rows = fixture.Query($"select value from pub.indicator_values where indicator = '{indicator}' and {Dep} and period = '2024' and {filter}");
            var values = rows.Select(r => ReportFixture.Double(r[0])).ToList();
            return (values.Any(v => v is not null) ? values.OfType<double>().Sum() : null, values.Count(v => v is null));
        }

        var expected = new Dictionary<string, (double? Value, long Masked)>
        {
            ["job_offers"] = Sum("job_offers", nonGroup),
            ["job_seekers_a"] = Sum("job_seekers_a", nonGroup),
            ["recruitment_projects"] = Sum("recruitment_projects", "true"),
        };
        var difficulty = fixture.Query($"select numerator, denominator from pub.indicator_values where indicator = 'recruitment_difficulty_rate' and {Dep} and period = '2024' and value is not null");
        expected["recruitment_difficulty_rate"] = (difficulty.Sum(r => ReportFixture.Double(r[0])!.Value) / difficulty.Sum(r => ReportFixture.Double(r[1])!.Value),
            Convert.ToInt64(fixture.Query($"select count(*) from pub.indicator_values where indicator = 'recruitment_difficulty_rate' and {Dep} and period = '2024' and value is null").Single()[0], CultureInfo.InvariantCulture));
        var levels = fixture.Query($"select level from pub.tension where {Dep} and period = '2024'").Select(r => r[0]).ToList();
        expected["strong_tension_count"] = (levels.Count(l => l is not null && Convert.ToInt32(l, CultureInfo.InvariantCulture) >= 4), levels.Count(l => l is null));

        Assert.Equal(expected.Keys.Order(), fixture.Model.KeyFigures.Select(k => k.Code).Order());
        foreach (var figure in fixture.Model.KeyFigures)
        {
            var (value, masked) = expected[figure.Code];
            Assert.Equal(value!.Value, figure.Value!.Value, 9);
            Assert.Equal(masked, figure.Masked);
            var block = fixture.Html[fixture.Html.IndexOf($"data-figure=\"{figure.Code}\"", StringComparison.Ordinal)..];
            block = block[..block.IndexOf("</div>", StringComparison.Ordinal)];
            Assert.Contains(IndicatorFormat.Value(figure.Code, value.Value), block, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tension_components_and_comparison_equal_pub_tension()
    {
        foreach (var page in fixture.Model.Metiers.Where(p => p.Tension.Count > 0))
        {
            var metier = page.Tension[0].Metier;
            var z = fixture.Query($"select unnest(list_transform(components, c -> c.z_score)) from pub.tension where {Dep} and period = '2024' and metier = '{metier}'")
                .Select(r => ReportFixture.Double(r[0])).ToList();
            Assert.Equal(z, page.Components.Select(c => c.ZScore));
        }

        foreach (var cell in fixture.Model.Comparison)
        {
            var index = fixture.Query($"select index from pub.tension where metier = '{cell.Metier}' and territory_level = '{cell.TerritoryLevel}' and territory = '{cell.Territory}' and period = '{cell.Period}'").Single()[0];
            Assert.Equal(ReportFixture.Double(index), cell.Index);
        }

        Assert.Contains(fixture.Model.Comparison, c => c.TerritoryLevel == "REG");
        Assert.Contains(fixture.Model.Comparison, c => c.TerritoryLevel == "NAT");
    }

    [Fact]
    public void Sources_methodology_and_edition_come_from_the_build()
    {
        var sources = fixture.Query("select source, sum(lake_rows)::bigint, count(distinct file_sha256) from pub.sources group by source order by source");
        Assert.Equal(sources.Select(s => (string)s[0]!), fixture.Model.Sources.Select(s => s.Source));
        Assert.Equal(sources.Select(s => Convert.ToInt64(s[1], CultureInfo.InvariantCulture)), fixture.Model.Sources.Select(s => s.LakeRows));
        foreach (var source in fixture.Model.Sources)
        {
            Assert.Contains(Html.HtmlWriter.Escape(SourceNames.Describe(source.Source)), fixture.Html, StringComparison.Ordinal);
        }

        var formulas = fixture.Query("select formula from pub.indicators where catalogue_status = 'computed' and formula is not null").Select(r => (string)r[0]!);
        foreach (var formula in formulas)
        {
            Assert.Contains(Html.HtmlWriter.Escape(formula), fixture.Html, StringComparison.Ordinal);
        }

        var runId = (string)fixture.Query("select run_id from build_info").Single()[0]!;
        Assert.Equal(runId, fixture.Model.Edition.RunId);
        Assert.Equal(Path.GetFileName(fixture.BuildPath), fixture.Model.Edition.BuildFileName);
        Assert.Contains("Édition (build)", fixture.Html, StringComparison.Ordinal);
        Assert.True(fixture.Html.Split(runId).Length - 1 >= 3, "run id on the cover, in the page footer and the closing footer");
    }

    private static string HtmlWriterEncode(string text) => Html.HtmlWriter.Escape(text);
}
