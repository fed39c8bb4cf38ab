namespace Observatory.Reporting.Pdf;

/// <summary>Prints an HTML file to PDF with headless Chromium (print CSS: A4, margin boxes, page counters).</summary>
internal static class ChromiumPrinter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static void Print(string chromium, string htmlPath, string pdfPath, string workDirectory)
    {
        var profile = Path.Combine(workDirectory, "chromium-profile");
        Directory.CreateDirectory(profile);
        if (File.Exists(pdfPath))
        {
            File.Delete(pdfPath);
        }

        var (exit, _, error) = ExternalProcess.Run(
            chromium,
            [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-pdf-header-footer",
                "--user-data-dir=" + profile,
                "--print-to-pdf=" + pdfPath,
                new Uri(htmlPath).AbsoluteUri,
            ],
            Timeout);
        if (exit != 0 || !File.Exists(pdfPath))
        {
            var tail = string.Join('\n', error.Split('\n').Where(l => l.Length > 0).TakeLast(5));
            throw new ReportDataException($"Chromium n'a pas produit le PDF (code {exit}) : {tail}");
        }
    }
}
