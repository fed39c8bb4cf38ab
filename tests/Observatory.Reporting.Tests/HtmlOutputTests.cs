using Observatory.Reporting.Formatting;
using Observatory.Reporting.Html;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>Reproducibility, escaping and French typography of the HTML.</summary>
[Collection(ReportCollection.Name)]
public sealed class HtmlOutputTests(ReportFixture fixture)
{
    [Fact]
    public void Same_build_gives_byte_identical_html()
    {
        var first = Path.Combine(fixture.Root, "html", "a.html");
        var second = Path.Combine(fixture.Root, "html", "b.html");
        var a = ReportGenerator.Generate(new ReportOptions { Home = fixture.Home, Territory = "40", Year = 2024, Output = first }, _ => { });
        var b = ReportGenerator.Generate(new ReportOptions { Home = fixture.Home, Territory = "40", Year = 2024, Output = second, Build = Path.GetFileNameWithoutExtension(fixture.BuildPath) }, _ => { });
        Assert.False(a.IsPdf);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(fixture.Html, File.ReadAllText(first));
    }

    [Fact]
    public void Html_names_title_priority_metiers_and_has_accessible_charts()
    {
        Assert.Contains("<title>Observatoire des métiers de l&#39;accompagnement — Landes — édition 2024</title>", fixture.Html, StringComparison.Ordinal);
        var priority = fixture.Query("select metier from pub.metiers where is_priority_40").Select(r => (string)r[0]!).ToHashSet();
        Assert.NotEmpty(fixture.Model.Metiers);
        Assert.All(fixture.Model.Metiers, page => Assert.Contains(page.Metier.Code, priority));
        var svgCount = fixture.Html.Split("<svg ").Length - 1;
        Assert.True(svgCount >= 1 + fixture.Model.Metiers.Count, $"{svgCount} charts");
        Assert.Equal(svgCount, fixture.Html.Split("role=\"img\" aria-labelledby=\"chart-").Length - 1);
        Assert.Equal(svgCount, fixture.Html.Split("</desc>").Length - 1);
        Assert.DoesNotContain("<script", fixture.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Other_departments_get_one_page_per_metier_with_data_and_say_so()
    {
        var model = ReportGenerator.LoadModel(fixture.BuildPath, "64", 2024);
        var expected = fixture.Query("""
            select m.metier from pub.metiers as m
            where not m.is_group and exists (select 1 from pub.indicator_values as v where v.metier = m.metier
              and v.territory_level = 'DEP' and v.territory = '64' and v.period = '2024' and v.value is not null)
            """).Select(r => (string)r[0]!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, model.Metiers.Select(p => p.Metier.Code).Order(StringComparer.Ordinal));
        Assert.Contains("n'a pas de liste de métiers prioritaires", model.PriorityRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_territory_or_year_is_a_french_error_listing_what_exists()
    {
        var territory = Assert.Throws<ReportDataException>(() => ReportGenerator.LoadModel(fixture.BuildPath, "99", 2024));
        Assert.Contains("Départements disponibles : 01 (Ain", territory.Message, StringComparison.Ordinal);
        Assert.Contains("40 (Landes", territory.Message, StringComparison.Ordinal);
        var year = Assert.Throws<ReportDataException>(() => ReportGenerator.LoadModel(fixture.BuildPath, "40", 2031));
        Assert.Contains("Années disponibles : 2022, 2023, 2024", year.Message, StringComparison.Ordinal);
        Assert.Contains("Landes (40) en 2031", year.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_everywhere()
    {
        var html = ReportHtmlRenderer.Render(MaskingTests.TinyModel(new Model.Figure("absenteeism_rate", "AS", "DEP", "40", "2024", 0.1, "ok", null)));
        Assert.Contains("Aide-soignant &lt;test&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<test>", html, StringComparison.Ordinal);
        Assert.Equal("\"a\\000022  b\\00003c \\00002f style\"", ReportHtmlRenderer.CssString("a\" b</style"));
        Assert.Equal("&lt;b x=&quot;1&quot;&gt;&amp;&#39;", HtmlWriter.Escape("<b x=\"1\">&'"));
        Assert.Throws<FormatException>(() => Template.Render("{{missing}}", new Dictionary<string, string>()));
        Assert.Equal("&lt;i&gt; <i>", Template.Render("{{a}} {{{b}}}", new Dictionary<string, string> { ["a"] = "<i>", ["b"] = "<i>" }));
    }

    [Theory]
    [InlineData(12345.67, 1, "12\u202F345,7")]
    [InlineData(1234567, 0, "1\u202F234\u202F567")]
    [InlineData(-0.004, 2, "0,00")]
    [InlineData(-1.366, 2, "\u22121,37")]
    [InlineData(999.5, 0, "1\u202F000")]
    public void French_numbers(double value, int decimals, string expected) => Assert.Equal(expected, FrenchNumber.Format(value, decimals));

    [Fact]
    public void French_percentages_scores_and_indicator_formats()
    {
        Assert.Equal("79,6\u202F%", FrenchNumber.Percent(0.79569));
        Assert.Equal("+0,61", FrenchNumber.Signed(0.6144));
        Assert.Equal("\u22121,37", FrenchNumber.Signed(-1.366));
        Assert.Equal("3\u202F265", IndicatorFormat.Value("job_offers", 3265));
        Assert.Equal("1,70", IndicatorFormat.Value("tension_ratio", 1.696));
        Assert.Equal("10,3\u202F%", IndicatorFormat.Value("absenteeism_rate", 0.10295));
    }
}
