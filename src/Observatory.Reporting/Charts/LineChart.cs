using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>A time series line chart: one line per series, gaps where a value is masked or absent.</summary>
internal static class LineChart
{
    public static HtmlWriter Render(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var svg = new HtmlWriter();
        var plot = CategoryPlot.Open(svg, id, title, description, series, includeZero: false, format);
        const double plotWidth = CategoryPlot.PlotWidth;
        double X(int i) => CategoryPlot.Left + (categories.Count == 1 ? plotWidth / 2 : plotWidth * i / (categories.Count - 1));
        double Y(double v) => plot.Y(v);

        for (var i = 0; i < categories.Count; i++)
        {
            CategoryPlot.CategoryLabel(svg, categories[i], X(i));
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

        CategoryPlot.Legend(svg, series.Select(s => (s.Name, s.Color, s.Dashed)));
        return svg.Close("svg");
    }
}
