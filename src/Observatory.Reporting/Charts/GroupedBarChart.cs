using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>Vertical bars by category (year), one bar per series; a masked value leaves a grey « s » stub.</summary>
internal static class GroupedBarChart
{
    private const int Width = 640;
    private const int Height = 220;
    private const double Left = 70, Right = 20, Top = 16, Bottom = 52;

    public static HtmlWriter Render(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var svg = new HtmlWriter();
        SvgChart.Open(svg, id, Width, Height, title, description);
        var (min, max) = SvgChart.Bounds(series.SelectMany(s => s.Values).OfType<double>());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + (plotHeight * (max - v) / (max - min));

        var step = SvgChart.NiceStep((max - min) / 4);
        for (var tick = min; tick <= max + (step / 2); tick += step)
        {
            svg.Empty("line", ("x1", SvgChart.N(Left)), ("y1", SvgChart.N(Y(tick))), ("x2", SvgChart.N(Width - Right)), ("y2", SvgChart.N(Y(tick))), ("class", "grid"));
            svg.Element("text", format(tick), ("x", SvgChart.N(Left - 6)), ("y", SvgChart.N(Y(tick) + 4)), ("class", "axis"), ("text-anchor", "end"));
        }

        var band = plotWidth / Math.Max(1, categories.Count);
        var barWidth = band * 0.8 / Math.Max(1, series.Count);
        for (var i = 0; i < categories.Count; i++)
        {
            var start = Left + (band * i) + (band * 0.1);
            svg.Element("text", categories[i], ("x", SvgChart.N(Left + (band * (i + 0.5)))), ("y", SvgChart.N(Height - Bottom + 16)), ("class", "axis"), ("text-anchor", "middle"));
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

        SvgChart.Legend(svg, series.Select(s => (s.Name, s.Color, false)), Left, Height - 10);
        return svg.Close("svg");
    }
}
