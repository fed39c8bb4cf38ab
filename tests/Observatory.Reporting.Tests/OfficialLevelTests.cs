using System.Globalization;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>The official DARES level beside the observatory's on the métier pages, and the agreement table of the methodology.</summary>
[Collection(ReportCollection.Name)]
public sealed class OfficialLevelTests(ReportFixture fixture)
{
    [Fact]
    public void Metier_page_shows_the_official_level_of_each_territory_beside_the_observatory_level()
    {
        var page = fixture.Model.Metiers.First(p => p.Tension.Count > 0);
        var subject = page.Tension[0].Metier;
        var rows = HtmlTables.Rows(HtmlTables.MetierSection(fixture.Html, page.Metier.Code), "tension");

        var official = rows.Single(r => r.Header == "Niveau officiel (DARES)").Cells;

        var expected = new[] { ("DEP", "40"), ("REG", "75"), ("NAT", "FR") }.Select(t =>
        {
            var row = fixture.Query($"select official_level, official_label, official_status from pub.tension where metier = '{subject}' " +
                $"and territory_level = '{t.Item1}' and territory = '{t.Item2}' and period = '{ReportFixture.Year}'").SingleOrDefault();
            return row switch
            {
                null => "–",
                [int level, string label, _] => TensionLevels.Describe(level, label),
                [_, _, "imputed"] => "imputé",
                _ => "nd",
            };
        });
        Assert.Equal(expected, official);
        Assert.Contains(official, c => char.IsAsciiDigit(c[0]));
        Assert.Equal(["Indice", "Niveau", "Niveau officiel (DARES)"], rows.Select(r => r.Header));
    }

    [Fact]
    public void Methodology_prints_the_agreement_per_year_and_overall()
    {
        var rows = HtmlTables.Rows(fixture.Html, "concordance");
        var published = fixture.Query("select period, cells, identical, identical_share, within_one, weighted_kappa from pub.tension_agreement where territory_level = 'ALL' order by period = 'ALL', period");

        Assert.Contains("Le niveau officiel de tension (DARES, France Travail)", fixture.Html, StringComparison.Ordinal);
        Assert.Equal(["2022", "2023", "2024", "Ensemble"], rows.Select(r => r.Cells[0]));
        Assert.Equal(published.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (period, cells, identical, share, kappa) = ((string)published[i][0]!, Convert.ToInt64(published[i][1], CultureInfo.InvariantCulture),
                Convert.ToInt64(published[i][2], CultureInfo.InvariantCulture), (double)published[i][3]!, published[i][5] as double?);
            Assert.Equal(period == "ALL" ? "Ensemble" : period, rows[i].Cells[0]);
            Assert.Equal(FrenchNumber.Integer(cells), rows[i].Cells[1]);
            Assert.Equal($"{FrenchNumber.Integer(identical)} ({FrenchNumber.Percent(share)})", rows[i].Cells[2]);
            Assert.Equal(kappa is { } k ? FrenchNumber.Format(k, 2) : "–", rows[i].Cells[4]);
        }
    }
}
