using Observatory.Core.Values;
using Observatory.Reporting.Formatting;

namespace Observatory.Reporting.Html;

/// <summary>
/// The notes of one section (printed at its end, on the same page as its values): every masked or
/// qualified value gets a numbered marker; values with the same explanation share its note.
/// Numbers run through the whole document.
/// </summary>
internal sealed class Footnotes
{
    private readonly List<(int Number, string Text)> _section = [];
    private readonly Dictionary<string, int> _sectionNumbers = new(StringComparer.Ordinal);
    private int _next = 1;

    /// <summary>Every note written, for the notes section (number, text).</summary>
    public List<(int Number, string Text)> All { get; } = [];

    /// <summary>How many masked values were marked in the whole document.</summary>
    public int MaskedValues { get; private set; }

    /// <summary>The note number for <paramref name="text"/> in the current section.</summary>
    public int Note(string text, bool masked)
    {
        if (masked)
        {
            MaskedValues++;
        }

        if (_sectionNumbers.TryGetValue(text, out var number))
        {
            return number;
        }

        number = _next++;
        _sectionNumbers[text] = number;
        _section.Add((number, text));
        All.Add((number, text));
        return number;
    }

    /// <summary>Writes a cell's content: the formatted value, or the mask symbol, with its note marker.</summary>
    public void WriteValue(HtmlWriter html, string indicator, double? value, string status, string? reason, string? disclosureRule, Coverage? partial = null)
    {
        if (value is { } shown)
        {
            html.Text(IndicatorFormat.Value(indicator, shown));
            if (DisclosureText.NeedsNote(status))
            {
                Marker(html, Note(DisclosureText.Explain(status, reason, disclosureRule, partial), masked: false));
            }

            return;
        }

        html.Open("span", ("class", "masked")).Text(DisclosureText.Symbol(status)).Close("span");
        Marker(html, Note(DisclosureText.Explain(status, reason, disclosureRule), masked: true));
    }

    /// <summary>Writes the current section's notes and starts a new section.</summary>
    public void Flush(HtmlWriter html)
    {
        if (_section.Count > 0)
        {
            html.Open("ol", ("class", "notes"));
            foreach (var (number, text) in _section)
            {
                html.Open("li", ("id", $"note-{number}"), ("value", number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Text(text).Close("li");
            }

            html.Close("ol").Line();
        }

        _section.Clear();
        _sectionNumbers.Clear();
    }

    /// <summary>Writes the superscript link to note <paramref name="number"/>.</summary>
    public static void Marker(HtmlWriter html, int number)
    {
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Open("sup", ("class", "fn")).Open("a", ("href", "#note-" + text), ("aria-label", "note " + text)).Text(text).Close("a").Close("sup");
    }
}
