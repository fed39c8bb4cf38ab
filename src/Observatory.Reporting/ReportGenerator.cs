using System.Diagnostics;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Reporting.Data;
using Observatory.Reporting.Html;
using Observatory.Reporting.Model;
using Observatory.Reporting.Pdf;

namespace Observatory.Reporting;

/// <summary>
/// <c>observatory report</c>: reads one build read-only, assembles the report model, renders the HTML
/// and prints it to PDF with headless Chromium (twice: the first pass finds each section's page for
/// the table of contents).
/// </summary>
public static class ReportGenerator
{
    /// <summary>The build file: <c>warehouse/builds/&lt;run&gt;.duckdb</c> with <paramref name="run"/>, else the one <c>warehouse/current</c> names.</summary>
    public static string ResolveBuild(DataHome home, string? run)
    {
        ArgumentNullException.ThrowIfNull(home);
        if (!string.IsNullOrWhiteSpace(run))
        {
            if (run.IndexOfAny(['/', '\\']) >= 0 || run.Contains("..", StringComparison.Ordinal))
            {
                throw new ReportDataException($"Identifiant de build invalide : « {run} ».");
            }

            var path = Path.Combine(home.BuildsDirectory, run + ".duckdb");
            if (!File.Exists(path))
            {
                IEnumerable<string?> known = Directory.Exists(home.BuildsDirectory)
                    ? Directory.GetFiles(home.BuildsDirectory, "*.duckdb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
                    : [];
                throw new ReportDataException($"Build « {run} » introuvable dans {home.BuildsDirectory}. Builds disponibles : {string.Join(", ", known)}.");
            }

            return path;
        }

        return home.TryGetPublishedWarehouse(out var problem) ?? throw new ReportDataException(problem);
    }

    /// <summary>The report model of <paramref name="territory"/> and <paramref name="year"/> from the build at <paramref name="buildPath"/>.</summary>
    public static ReportModel LoadModel(string buildPath, string territory, int year)
    {
        try
        {
            using var session = new WarehouseSession(buildPath);
            return ReportModelBuilder.Build(session, ReadEdition(session, buildPath), territory.Trim(), year);
        }
        catch (DuckDbException ex)
        {
            throw new ReportDataException($"Lecture de l'entrepôt {buildPath} impossible : {ex.Message}", ex);
        }
    }

    /// <summary>Makes the publication; progress lines (French) go to <paramref name="progress"/>.</summary>
    public static ReportResult Generate(ReportOptions options, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var buildPath = ResolveBuild(options.Home, options.Build);
        progress($"Édition : {Path.GetFileName(buildPath)}");
        var model = LoadModel(buildPath, options.Territory, options.Year);
        progress($"Modèle du rapport : {model.Territory.Label}, {model.Year}, {model.Metiers.Count} fiche(s) métier");

        var output = Path.GetFullPath(options.Output ?? $"rapport-{model.Territory.Code}-{model.Year}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var wantsHtml = output.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        if (wantsHtml)
        {
            File.WriteAllText(output, ReportHtmlRenderer.Render(model));
            progress($"HTML écrit : {output}");
            return new ReportResult(output, false, null, null, buildPath, model, clock.Elapsed);
        }

        var chromium = ToolLocator.Chromium();
        if (chromium is null)
        {
            var html = Path.ChangeExtension(output, ".html");
            File.WriteAllText(html, ReportHtmlRenderer.Render(model));
            var warning = $"Chromium est introuvable (variable {ToolLocator.ChromiumVariable}, ou commandes chromium, chromium-browser, google-chrome) : le PDF n'a pas été produit. Le rapport a été écrit en HTML dans {html} ; installez Chromium (paquet Debian « chromium ») pour obtenir le PDF.";
            return new ReportResult(html, false, null, warning, buildPath, model, clock.Elapsed);
        }

        var (pages, sections, pdfWarning) = PdfRendering.Print(model, chromium, output, progress);
        progress($"PDF écrit : {output} ({pages} pages)");
        return new ReportResult(output, true, pages, pdfWarning, buildPath, model, clock.Elapsed, sections);
    }

    private static Edition ReadEdition(WarehouseSession session, string buildPath)
    {
        var fileName = Path.GetFileName(buildPath);
        try
        {
            var row = session.Query("edition").FirstOrDefault();
            if (row is not null)
            {
                return new Edition(row.RequiredText("run_id"), row.Text("built_at") ?? string.Empty, fileName, row.Int("reference_first_year"), row.Int("reference_last_year"));
            }
        }
        catch (DuckDbException)
        {
            // An edition without build_info: the file name carries the run id.
        }

        return new Edition(Path.GetFileNameWithoutExtension(buildPath), "date inconnue", fileName, null, null);
    }
}
