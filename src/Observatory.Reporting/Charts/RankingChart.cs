using Observatory.Reporting.Formatting;
using Observatory.Reporting.Html;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Charts;

/// <summary>The tension ranking: one horizontal bar per métier group, from zero, coloured by level (1–5).</summary>
internal static class RankingChart
{
    private const int Width = 640;
    private const double LabelWidth = 250, Right = 60, Top = 10, RowHeight = 24, Legend = 40;

    public static HtmlWriter Render(string id, string title, string description, IReadOnlyList<TensionCell> ranking)
    {
        var height = (int)(Top + (RowHeight * ranking.Count) + Legend);
        var svg = new HtmlWriter();
        SvgChart.Open(svg, id, Width, height, title, description);
        var values = ranking.Select(r => r.Index).OfType<double>().ToList();
        var extent = Math.Max(1, Math.Ceiling(values.Count == 0 ? 1 : values.Max(Math.Abs)));
        var plotWidth = Width - LabelWidth - Right;
        double X(double v) => LabelWidth + (plotWidth * (v + extent) / (2 * extent));

        svg.Empty("line", ("x1", SvgChart.N(X(0))), ("y1", SvgChart.N(Top)), ("x2", SvgChart.N(X(0))), ("y2", SvgChart.N(Top + (RowHeight * ranking.Count))), ("class", "zero"));
        for (var i = 0; i < ranking.Count; i++)
        {
            var row = ranking[i];
            var y = Top + (RowHeight * i);
            var label = row.MetierLabel.Length > 40 ? row.MetierLabel[..39] + "…" : row.MetierLabel;
            svg.Element("text", label, ("x", SvgChart.N(LabelWidth - 8)), ("y", SvgChart.N(y + 16)), ("class", "label"), ("text-anchor", "end"));
            if (row.Index is { } index)
            {
                var x0 = Math.Min(X(0), X(index));
                svg.Empty("rect", ("x", SvgChart.N(x0)), ("y", SvgChart.N(y + 4)), ("width", SvgChart.N(Math.Abs(X(index) - X(0)))), ("height", SvgChart.N(RowHeight - 8)), ("fill", ChartPalette.Level(row.Level)), ("stroke", "#555"), ("stroke-width", "0.5"));
                // Negative bars carry their value right of the zero line, clear of the métier labels.
                var textX = index >= 0 ? X(index) + 4 : X(0) + 4;
                svg.Element("text", $"{FrenchNumber.Signed(index)} ({row.Level})", ("x", SvgChart.N(textX)), ("y", SvgChart.N(y + 16)), ("class", "value"));
            }
            else
            {
                var symbol = DisclosureText.Symbol(row.Status);
                svg.Element("text", symbol == "s" ? "s (secret)" : "nd (non disponible)", ("x", SvgChart.N(X(0) + 4)), ("y", SvgChart.N(y + 16)), ("class", "value"), ("fill", "#777"));
            }
        }

        var legendY = Top + (RowHeight * ranking.Count) + 26;
        var x = 20.0;
        foreach (var (level, name) in TensionLevels.Names)
        {
            svg.Empty("rect", ("x", SvgChart.N(x)), ("y", SvgChart.N(legendY - 10)), ("width", "12"), ("height", "12"), ("fill", ChartPalette.Level(level)), ("stroke", "#555"), ("stroke-width", "0.5"));
            svg.Element("text", $"{level} {name}", ("x", SvgChart.N(x + 16)), ("y", SvgChart.N(legendY)), ("class", "legend"));
            x += 40 + (name.Length * 7);
        }

        return svg.Close("svg");
    }
}
