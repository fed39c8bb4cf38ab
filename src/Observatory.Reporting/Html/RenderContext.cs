using Observatory.Core.Values;
using System.Globalization;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>The state of one rendering: the model, the notes, chart ids, and the page numbers once known.</summary>
internal sealed class RenderContext(ReportModel model, IReadOnlyDictionary<string, int>? pageNumbers, bool pageMarkers)
{
    private int _chartId;

    public ReportModel Model { get; } = model;

    public Footnotes Notes { get; } = new();

    public IReadOnlyList<TocEntry> Toc { get; } = TableOfContents.For(model);

    public IReadOnlyDictionary<string, int>? PageNumbers { get; } = pageNumbers;

    public IReadOnlyDictionary<string, string> IndicatorLabels { get; } =
        model.Indicators.ToDictionary(i => i.Code, i => i.Label, StringComparer.Ordinal);

    private readonly Dictionary<string, string> _rules = model.Indicators.ToDictionary(i => i.Code, i => i.DisclosureRule, StringComparer.Ordinal);

    /// <summary>A new, deterministic chart id.</summary>
    public string NextChartId() => "chart-" + (++_chartId).ToString(CultureInfo.InvariantCulture);

    public string Label(string indicator) => IndicatorFormat.Label(indicator, IndicatorLabels);

    public string? Rule(string indicator) => _rules.GetValueOrDefault(indicator);

    /// <summary>The territory's name at a level: the department, its region, or France.</summary>
    public string TerritoryName(string level) => level switch
    {
        "DEP" => Model.Territory.Label,
        "REG" => Model.Territory.RegionLabel,
        _ => "France",
    };

    /// <summary>
    /// The territory's name at a level, followed by « départements chargés (n/N) » when a value shown under it covers
    /// only part of its departments (the least covered one): a partial total is never labelled as the territory's.
    /// </summary>
    public string TerritoryName(string level, IEnumerable<Coverage?> shown)
    {
        var partial = shown.Where(c => c is { IsPartial: true }).Select(c => c!.Value)
            .OrderBy(c => (double)c.Covered / c.Total).FirstOrDefault();
        return partial.Total > 0 ? $"{TerritoryName(level)} — {partial.Label}" : TerritoryName(level);
    }

    /// <summary>Writes a section heading; with page markers, an invisible token the PDF pass finds with pdftotext.</summary>
    public void Heading(HtmlWriter html, string tag, string id)
    {
        var entry = Toc.First(e => e.Id == id);
        html.Open(tag, ("id", id)).Text($"{entry.Number}. {entry.Title}");
        if (pageMarkers)
        {
            html.Element("span", PageMarker(id), ("class", "page-marker"));
        }

        html.Close(tag).Line();
    }

    /// <summary>The token written under a heading in the page-finding pass.</summary>
    public static string PageMarker(string id) => $"[[page:{id}]]";

    /// <summary>Writes a value with its note marker when masked or qualified.</summary>
    public void Value(HtmlWriter html, Figure? figure)
    {
        if (figure is null)
        {
            html.Open("span", ("class", "absent"), ("title", "pas de donnée publiée")).Text("–").Close("span");
            return;
        }

        Notes.WriteValue(html, figure.Indicator, figure.Value, figure.Status, figure.Reason, Rule(figure.Indicator), figure.Partial);
    }
}
