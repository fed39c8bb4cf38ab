using System.Globalization;
using Observatory.Reporting.Html;

namespace Observatory.Reporting.Charts;

/// <summary>Shared SVG plumbing: the accessible root element (title, description) and coordinates.</summary>
internal static class SvgChart
{
    /// <summary>Opens an <c>svg</c> labelled by its <c>title</c> and described by its <c>desc</c> (the text alternative).</summary>
    public static void Open(HtmlWriter svg, string id, int width, int height, string title, string description)
    {
        svg.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {width} {height}"),
            ("width", "100%"),
            ("class", "chart"),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"));
        svg.Element("title", title, ("id", id + "-title"));
        svg.Element("desc", description, ("id", id + "-desc"));
    }

    /// <summary>A coordinate with one decimal, invariant culture (SVG syntax).</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Rounded axis bounds that include every value (and zero, for bars).</summary>
    public static (double Min, double Max) Bounds(IEnumerable<double> values, bool includeZero = true)
    {
        var list = values.ToList();
        var min = list.Count == 0 ? 0 : list.Min();
        var max = list.Count == 0 ? 1 : list.Max();
        if (includeZero)
        {
            min = Math.Min(0, min);
            max = Math.Max(0, max);
        }
        else
        {
            var pad = Math.Max((max - min) * 0.15, Math.Abs(max) * 0.05);
            min -= pad;
            max += pad;
        }

        if (max - min < 1e-9)
        {
            max = min + 1;
        }

        var step = NiceStep((max - min) / 4);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step);
    }

    /// <summary>A 1-2-5 step near <paramref name="raw"/>.</summary>
    public static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    /// <summary>A legend row of coloured swatches.</summary>
    public static void Legend(HtmlWriter svg, IEnumerable<(string Name, string Color, bool Dashed)> items, double x, double y)
    {
        foreach (var (name, color, dashed) in items)
        {
            svg.Empty("line", ("x1", N(x)), ("y1", N(y - 4)), ("x2", N(x + 18)), ("y2", N(y - 4)), ("stroke", color), ("stroke-width", "4"), ("stroke-dasharray", dashed ? "4 3" : null));
            svg.Element("text", name, ("x", N(x + 22)), ("y", N(y)), ("class", "legend"));
            x += 30 + (name.Length * 6.2);
        }
    }
}
