using Observatory.Core.Home;

namespace Observatory.Reporting;

/// <summary>What to publish: a department, a year, from which build, to which file.</summary>
public sealed record ReportOptions
{
    /// <summary>The data home whose published build (or <see cref="Build"/>) is read.</summary>
    public required DataHome Home { get; init; }

    /// <summary>The department code (« 40 », « 01 », « 2A »…).</summary>
    public required string Territory { get; init; }

    /// <summary>The year of the edition's data.</summary>
    public required int Year { get; init; }

    /// <summary>The output file (<c>.pdf</c> or <c>.html</c>); default <c>rapport-&lt;dep&gt;-&lt;year&gt;.pdf</c>.</summary>
    public string? Output { get; init; }

    /// <summary>A build run id (<c>warehouse/builds/&lt;run&gt;.duckdb</c>) instead of the current one.</summary>
    public string? Build { get; init; }
}

/// <summary>What was written.</summary>
/// <param name="OutputPath">The file written: the PDF, or the HTML (asked for, or instead of the PDF without Chromium).</param>
/// <param name="IsPdf">Whether <paramref name="OutputPath"/> is the PDF.</param>
/// <param name="PageCount">Pages of the PDF (null for HTML).</param>
/// <param name="Warning">A French warning (no Chromium, no pdftotext), or null.</param>
/// <param name="BuildPath">The build file the report was made from.</param>
/// <param name="Model">The report model.</param>
/// <param name="Elapsed">Generation time.</param>
/// <param name="SectionPages">The PDF page of each section (table of contents), when known.</param>
public sealed record ReportResult(string OutputPath, bool IsPdf, int? PageCount, string? Warning, string BuildPath, Model.ReportModel Model, TimeSpan Elapsed, IReadOnlyDictionary<string, int>? SectionPages = null);
