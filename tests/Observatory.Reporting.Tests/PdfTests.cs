using System.Text.RegularExpressions;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Html;
using Observatory.Reporting.Pdf;
using Observatory.Reporting.Tests.Support;

namespace Observatory.Reporting.Tests;

/// <summary>The PDF printed by the installed Chromium: page count, headings, figures, page numbers, table of contents.</summary>
[Collection(ReportCollection.Name)]
public sealed partial class PdfTests(ReportFixture fixture)
{
    private IReadOnlyList<string> Pages()
    {
        Assert.True(fixture.Pdf.IsPdf, fixture.Pdf.Warning ?? "no PDF");
        return PdfText.Pages(fixture.Pdf.OutputPath) ?? throw new InvalidOperationException("pdftotext is missing");
    }

    /// <summary>Whitespace runs as one space; pdftotext gives the narrow no-break space as a plain space.</summary>
    private static string Flat(string text) => Spaces().Replace(text.Replace('\u202F', ' '), " ");

    [Fact]
    public void Page_count_is_in_the_expected_range()
    {
        var pages = Pages();
        // cover, contents, 3 overview pages, intro, 2–3 pages per métier, methodology (2–3), sources, notes
        var metiers = fixture.Model.Metiers.Count;
        Assert.InRange(pages.Count, 9 + (2 * metiers), 12 + (4 * metiers));
        Assert.Equal(pages.Count, fixture.Pdf.PageCount);
        Assert.StartsWith("%PDF-", File.ReadAllText(fixture.Pdf.OutputPath)[..8], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_has_the_title_headings_each_metier_and_key_figures()
    {
        var text = Flat(string.Join("\n", Pages()));
        Assert.Contains(fixture.Model.Title, text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Sommaire", "2. Classement des métiers en tension", "5. Méthodologie", "6. Sources et millésimes", "7. Secret statistique et notes" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        for (var i = 0; i < fixture.Model.Metiers.Count; i++)
        {
            Assert.Contains($"4.{i + 1}. {Flat(fixture.Model.Metiers[i].Metier.Label)}", text, StringComparison.Ordinal);
        }

        var offers = fixture.Model.KeyFigures.Single(k => k.Code == "job_offers").Value!.Value;
        Assert.Contains(Flat(IndicatorFormat.Value("job_offers", offers)), text, StringComparison.Ordinal);
        var top = fixture.Model.Ranking.First(r => r.Index is not null);
        Assert.Contains(Flat(FrenchNumber.Signed(top.Index!.Value)), text, StringComparison.Ordinal);
        var difficulty = fixture.Model.KeyFigures.Single(k => k.Code == "recruitment_difficulty_rate").Value!.Value;
        Assert.Contains(Flat(IndicatorFormat.Value("recruitment_difficulty_rate", difficulty)), text, StringComparison.Ordinal);
        Assert.Contains(fixture.Model.Edition.RunId, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_is_numbered_and_carries_the_edition()
    {
        var pages = Pages();
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} / {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("Édition " + fixture.Model.Edition.RunId, pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Table_of_contents_gives_the_page_each_section_starts_on()
    {
        var pages = Pages();
        var sections = fixture.Pdf.SectionPages!;
        var toc = TableOfContents.For(fixture.Model);
        Assert.Equal(toc.Count, sections.Count);
        var contents = pages.Select((text, i) => (text, i)).First(p => p.text.Contains("Sommaire", StringComparison.Ordinal));
        var previous = contents.i + 1;
        foreach (var entry in toc)
        {
            var page = sections[entry.Id];
            Assert.True(page > previous || (page == previous && entry.Depth == 2), $"{entry.Id} on page {page}");
            Assert.Contains($"{entry.Number}. {Flat(entry.Title)}", Flat(pages[page - 1]), StringComparison.Ordinal);
            Assert.Matches($@"(?m)^{page}$", contents.text);
            previous = page;
        }

        Assert.DoesNotContain("[[page:", string.Join("\n", pages), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_chromium_the_html_is_written_beside_with_a_french_message()
    {
        var previous = Environment.GetEnvironmentVariable(ToolLocator.ChromiumVariable);
        Environment.SetEnvironmentVariable(ToolLocator.ChromiumVariable, Path.Combine(fixture.Root, "no-such-chromium"));
        try
        {
            var requested = Path.Combine(fixture.Root, "nochrome", "rapport.pdf");
            var result = ReportGenerator.Generate(new ReportOptions { Home = fixture.Home, Territory = "40", Year = 2024, Output = requested }, _ => { });
            Assert.False(result.IsPdf);
            Assert.Equal(Path.ChangeExtension(requested, ".html"), result.OutputPath);
            Assert.False(File.Exists(requested));
            Assert.Equal(fixture.Html, File.ReadAllText(result.OutputPath));
            Assert.Contains("Chromium est introuvable", result.Warning, StringComparison.Ordinal);
            Assert.Contains(result.OutputPath, result.Warning, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ToolLocator.ChromiumVariable, previous);
        }
    }

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();
}
