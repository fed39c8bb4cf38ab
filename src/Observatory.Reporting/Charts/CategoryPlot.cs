using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>
/// The frame the category charts share (grouped bars, lines): the 640 × 220 plot and its margins, the value scale
/// with its gridlines and labels, the category labels under the plot and the legend below them.
/// </summary>
internal sealed class CategoryPlot
{
    public const int Width = 640;
    public const int Height = 220;
    public const double Left = 70, Right = 20, Top = 16, Bottom = 52;
    public const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    private readonly double min;
    private readonly double max;

    private CategoryPlot(double min, double max)
    {
        this.min = min;
        this.max = max;
    }

    /// <summary>
    /// Opens the <c>svg</c> and draws the value gridlines, the scale spanning every value of <paramref name="series"/>
    /// (and zero when <paramref name="includeZero"/>, for bars).
    /// </summary>
    public static CategoryPlot Open(
        HtmlWriter svg, string id, string title, string description, IReadOnlyList<ChartSeries> series, bool includeZero, Func<double, string> format)
    {
        SvgChart.Open(svg, id, Width, Height, title, description);
        var (min, max) = SvgChart.Bounds(series.SelectMany(s => s.Values).OfType<double>(), includeZero);
        var plot = new CategoryPlot(min, max);
        var step = SvgChart.NiceStep((max - min) / 4);
        for (var tick = min; tick <= max + (step / 2); tick += step)
        {
            svg.Empty("line", ("x1", SvgChart.N(Left)), ("y1", SvgChart.N(plot.Y(tick))), ("x2", SvgChart.N(Width - Right)), ("y2", SvgChart.N(plot.Y(tick))), ("class", "grid"));
            svg.Element("text", format(tick), ("x", SvgChart.N(Left - 6)), ("y", SvgChart.N(plot.Y(tick) + 4)), ("class", "axis"), ("text-anchor", "end"));
        }

        return plot;
    }

    /// <summary>The vertical coordinate of a value.</summary>
    public double Y(double value) => Top + (PlotHeight * (max - value) / (max - min));

    /// <summary>A category's label under the plot, centred on <paramref name="x"/>.</summary>
    public static void CategoryLabel(HtmlWriter svg, string category, double x) =>
        svg.Element("text", category, ("x", SvgChart.N(x)), ("y", SvgChart.N(Height - Bottom + 16)), ("class", "axis"), ("text-anchor", "middle"));

    /// <summary>The legend row under the category labels.</summary>
    public static void Legend(HtmlWriter svg, IEnumerable<(string Name, string Color, bool Dashed)> items) =>
        SvgChart.Legend(svg, items, Left, Height - 10);
}
