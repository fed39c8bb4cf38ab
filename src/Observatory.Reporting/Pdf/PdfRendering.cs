using Observatory.Reporting.Html;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Pdf;

/// <summary>
/// Two Chromium passes: the first prints the document with an invisible marker under each section
/// heading and finds, with pdftotext, the page each marker lands on; the second prints it with those
/// page numbers in the table of contents. The markers are absolutely positioned, so both passes
/// have the same layout.
/// </summary>
internal static class PdfRendering
{
    public static (int Pages, IReadOnlyDictionary<string, int>? Sections, string? Warning) Print(ReportModel model, string chromium, string output, Action<string> progress)
    {
        var work = Path.Combine(Path.GetTempPath(), "observatory-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var firstHtml = Path.Combine(work, "pass1.html");
            var firstPdf = Path.Combine(work, "pass1.pdf");
            File.WriteAllText(firstHtml, ReportHtmlRenderer.Render(model, pageMarkers: true));
            progress("PDF : première passe (pagination)");
            ChromiumPrinter.Print(chromium, firstHtml, firstPdf, work);

            var pages = PdfText.Pages(firstPdf);
            if (pages is null)
            {
                File.Copy(firstPdf, output, overwrite: true);
                return (CountPages(firstPdf), null, "pdftotext est introuvable (paquet Debian « poppler-utils ») : le sommaire du PDF est sans numéros de page.");
            }

            var toc = TableOfContents.For(model);
            var numbers = PdfText.FindMarkers(pages, toc.Select(e => (e.Id, RenderContext.PageMarker(e.Id))));
            var secondHtml = Path.Combine(work, "report.html");
            File.WriteAllText(secondHtml, ReportHtmlRenderer.Render(model, numbers));
            progress("PDF : seconde passe (sommaire paginé)");
            ChromiumPrinter.Print(chromium, secondHtml, output, work);
            var warning = numbers.Count < toc.Count ? $"{toc.Count - numbers.Count} section(s) sans numéro de page dans le sommaire." : null;
            return (PdfText.Pages(output)?.Count ?? pages.Count, numbers, warning);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold its profile for a moment; the temporary folder is harmless.
            }
        }
    }

    private static int CountPages(string pdf) =>
        System.Text.RegularExpressions.Regex.Count(File.ReadAllText(pdf, System.Text.Encoding.Latin1), @"/Type\s*/Page[^s]");
}
