using System.Text.RegularExpressions;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Html;
using Observatory.Reporting.Model;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>A masked value is printed masked (« s » / « nd »), never as a number, with a note explaining why.</summary>
[Collection(ReportCollection.Name)]
public sealed partial class MaskingTests(ReportFixture fixture)
{
    [Fact]
    public void A_masked_figure_of_the_sample_is_printed_masked_with_its_pub_reason_in_a_note()
    {
        var (page, block, figure) = fixture.MaskedModel.Metiers
            .SelectMany(p => p.Blocks.SelectMany(b => b.Figures.Where(f => f.IsMasked && f.TerritoryLevel == b.SeriesLevel).Select(f => (p, b, f))))
            .First();
        var reason = fixture.Query($"select status, disclosure_reason from pub.indicator_values where indicator = '{figure.Indicator}' and metier = '{figure.Metier}' and territory_level = '{figure.TerritoryLevel}' and territory = '{figure.Territory}' and period = '{figure.Period}'").Single();
        Assert.Null(fixture.Query($"select value from pub.indicator_values where indicator = '{figure.Indicator}' and metier = '{figure.Metier}' and territory_level = '{figure.TerritoryLevel}' and territory = '{figure.Territory}' and period = '{figure.Period}'").Single()[0]);

        var section = HtmlTables.MetierSection(fixture.MaskedHtml, page.Metier.Code);
        var shown = block.Indicators.Where(i => block.Figures.Any(f => f.Indicator == i)).ToList();
        var cell = HtmlTables.Rows(section, block.Key)[shown.IndexOf(figure.Indicator)].Cells[fixture.MaskedModel.Years.ToList().IndexOf(figure.Period)];
        var symbol = DisclosureText.Symbol((string)reason[0]!);
        Assert.Matches($"^{symbol}[0-9]+$", cell);
        var note = cell[symbol.Length..];
        var rule = fixture.MaskedModel.Indicators.Single(i => i.Code == figure.Indicator).DisclosureRule;
        Assert.Contains($"<li id=\"note-{note}\" value=\"{note}\">{HtmlWriter.Escape(DisclosureText.Explain((string)reason[0]!, (string?)reason[1], rule))}</li>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_note_marker_has_its_note_and_the_masked_count_is_stated()
    {
        foreach (var html in new[] { fixture.Html, fixture.MaskedHtml })
        {
            var markers = NoteLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(markers);
            foreach (var number in markers)
            {
                Assert.Contains($"<li id=\"note-{number}\"", html, StringComparison.Ordinal);
            }

            var count = Regex.Count(html, "<span class=\"masked\">(s|nd)</span><sup class=\"fn\">");
            Assert.Equal(0, Regex.Count(html, "<span class=\"masked\">(s|nd)</span>(?!<sup)"));
            Assert.Contains($"Ce document signale {FrenchNumber.Integer(count)} valeur(s) masquée(s)", html, StringComparison.Ordinal);
        }

        var masked = Regex.Count(fixture.MaskedHtml, "<span class=\"masked\">(s|nd)</span><sup class=\"fn\">");
        Assert.True(masked > 5, $"only {masked} masked values in the sample report");
    }

    [Fact]
    public void A_secret_cell_is_never_printed_as_a_number_or_zero()
    {
        var model = TinyModel(new Figure("absenteeism_rate", "AS", "DEP", "40", "2024", null, "secret", "frequency"),
                              new Figure("absenteeism_rate", "AS", "DEP", "40", "2023", 0.1234, "ok", null));
        var html = ReportHtmlRenderer.Render(model);
        var rows = HtmlTables.Rows(HtmlTables.MetierSection(html, "AS"), "qvt");
        Assert.Equal(["12,3\u202F%", "s1"], rows.Single().Cells);
        Assert.Contains("<li id=\"note-1\" value=\"1\">Secret statistique (fréquence) : moins de 3 établissements dans la cellule.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">0,0\u202F%<", html, StringComparison.Ordinal);
    }

    /// <summary>A one-page model with <paramref name="figures"/> for the quality-of-work-life block of « AS ».</summary>
    internal static ReportModel TinyModel(params Figure[] figures)
    {
        var metier = new MetierInfo("AS", "Aide-soignant <test>", "Aide-soignant", false, ["AS"]);
        var blocks = new List<IndicatorBlock> { new("qvt", "Qualité de vie au travail", ["absenteeism_rate"], "DEP", figures) };
        return new ReportModel(
            new Edition("run-1", "2025-01-01 00:00:00", "run-1.duckdb", 2019, 2023),
            new TerritoryInfo("40", "Landes", "75", "Nouvelle-Aquitaine"),
            "2024",
            ["2023", "2024"],
            [],
            [],
            [],
            "règle",
            [new MetierPage(metier, [], [], [], blocks)],
            [new IndicatorDefinition("absenteeism_rate", "quality_of_work_life", "Taux d'absentéisme", "déf", "a / b", "ratio", "up", "establishments", "", "", "computed", "")],
            [],
            [],
            [new DisclosureCount("shown", 9, 0.9), new DisclosureCount("frequency", 1, 0.1)]);
    }

    [GeneratedRegex("href=\"#note-([0-9]+)\"")]
    private static partial Regex NoteLink();
}
