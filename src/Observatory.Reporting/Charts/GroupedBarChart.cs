using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>Vertical bars by category (year), one bar per series; a masked value leaves a grey « s » stub.</summary>
internal static class GroupedBarChart
{
    public static HtmlWriter Render(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var svg = new HtmlWriter();
        var plot = CategoryPlot.Open(svg, id, title, description, series, includeZero: true, format);
        double Y(double v) => plot.Y(v);

        var band = CategoryPlot.PlotWidth / Math.Max(1, categories.Count);
        var barWidth = band * 0.8 / Math.Max(1, series.Count);
        for (var i = 0; i < categories.Count; i++)
        {
            var start = CategoryPlot.Left + (band * i) + (band * 0.1);
            CategoryPlot.CategoryLabel(svg, categories[i], CategoryPlot.Left + (band * (i + 0.5)));
            for (var s = 0; s < series.Count; s++)
            {
                var x = start + (barWidth * s);
                if (i < series[s].Values.Count && series[s].Values[i] is { } value)
                {
                    var top = Math.Min(Y(value), Y(0));
                    svg.Empty("rect", ("x", SvgChart.N(x)), ("y", SvgChart.N(top)), ("width", SvgChart.N(barWidth - 1)), ("height", SvgChart.N(Math.Abs(Y(value) - Y(0)))), ("fill", series[s].Color));
                }
                else if (series[s].IsMasked(i))
                {
                    svg.Element("text", "s", ("x", SvgChart.N(x + (barWidth / 2))), ("y", SvgChart.N(Y(0) - 3)), ("class", "axis"), ("text-anchor", "middle"), ("fill", ChartPalette.Masked));
                }
            }
        }

        CategoryPlot.Legend(svg, series.Select(s => (s.Name, s.Color, false)));
        return svg.Close("svg");
    }
}
