namespace Observatory.Reporting.Pdf;

/// <summary>Finds the external programs the PDF needs: Chromium and poppler's pdftotext.</summary>
public static class ToolLocator
{
    /// <summary>The environment variable naming the Chromium binary (a missing file means « no Chromium »).</summary>
    public const string ChromiumVariable = "CHROMIUM_PATH";

    /// <summary>The Chromium binary: <c>$CHROMIUM_PATH</c> when set, else the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public static string? Chromium()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return OnPath("chromium") ?? OnPath("chromium-browser") ?? OnPath("google-chrome");
    }

    /// <summary>The first executable named <paramref name="name"/> on PATH.</summary>
    public static string? OnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
