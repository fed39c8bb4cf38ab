namespace Observatory.Reporting.Pdf;

/// <summary>The text of a PDF, page by page, through poppler's <c>pdftotext</c>.</summary>
public static class PdfText
{
    /// <summary>The text of each page (pdftotext separates pages with a form feed), or null without pdftotext.</summary>
    public static IReadOnlyList<string>? Pages(string pdfPath)
    {
        var pdftotext = ToolLocator.OnPath("pdftotext");
        if (pdftotext is null)
        {
            return null;
        }

        var (exit, output, error) = ExternalProcess.Run(pdftotext, ["-enc", "UTF-8", pdfPath, "-"], TimeSpan.FromMinutes(1));
        if (exit != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {pdfPath}: {error}");
        }

        var pages = output.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>The 1-based page of each marker's first occurrence.</summary>
    public static Dictionary<string, int> FindMarkers(IReadOnlyList<string> pages, IEnumerable<(string Key, string Marker)> markers)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, marker) in markers)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (pages[i].Contains(marker, StringComparison.Ordinal))
                {
                    found[key] = i + 1;
                    break;
                }
            }
        }

        return found;
    }
}
