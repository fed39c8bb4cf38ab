using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>A time series line chart: one line per series, gaps where a value is masked or absent.</summary>
internal static class LineChart
{
    private const int Width = 640;
    private const int Height = 220;
    private const double Left = 70, Right = 20, Top = 16, Bottom = 52;

    public static HtmlWriter Render(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var svg = new HtmlWriter();
        SvgChart.Open(svg, id, Width, Height, title, description);
        var (min, max) = SvgChart.Bounds(series.SelectMany(s => s.Values).OfType<double>(), includeZero: false);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (categories.Count == 1 ? plotWidth / 2 : plotWidth * i / (categories.Count - 1));
        double Y(double v) => Top + (plotHeight * (max - v) / (max - min));

        var step = SvgChart.NiceStep((max - min) / 4);
        for (var tick = min; tick <= max + (step / 2); tick += step)
        {
            svg.Empty("line", ("x1", SvgChart.N(Left)), ("y1", SvgChart.N(Y(tick))), ("x2", SvgChart.N(Width - Right)), ("y2", SvgChart.N(Y(tick))), ("class", "grid"));
            svg.Element("text", format(tick), ("x", SvgChart.N(Left - 6)), ("y", SvgChart.N(Y(tick) + 4)), ("class", "axis"), ("text-anchor", "end"));
        }

        for (var i = 0; i < categories.Count; i++)
        {
            svg.Element("text", categories[i], ("x", SvgChart.N(X(i))), ("y", SvgChart.N(Height - Bottom + 16)), ("class", "axis"), ("text-anchor", "middle"));
        }

        foreach (var line in series)
        {
            var segment = new List<string>();
            void FlushSegment()
            {
                if (segment.Count > 1)
                {
                    svg.Empty("polyline", ("points", string.Join(' ', segment)), ("fill", "none"), ("stroke", line.Color), ("stroke-width", "2.5"), ("stroke-dasharray", line.Dashed ? "6 4" : null));
                }

                segment.Clear();
            }

            for (var i = 0; i < categories.Count && i < line.Values.Count; i++)
            {
                if (line.Values[i] is { } value)
                {
                    segment.Add($"{SvgChart.N(X(i))},{SvgChart.N(Y(value))}");
                    svg.Empty("circle", ("cx", SvgChart.N(X(i))), ("cy", SvgChart.N(Y(value))), ("r", "3.5"), ("fill", line.Color));
                }
                else
                {
                    FlushSegment();
                }
            }

            FlushSegment();
        }

        SvgChart.Legend(svg, series.Select(s => (s.Name, s.Color, s.Dashed)), Left, Height - 10);
        return svg.Close("svg");
    }
}
