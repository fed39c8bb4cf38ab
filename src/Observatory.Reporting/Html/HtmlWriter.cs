using System.Text;

namespace Observatory.Reporting.Html;

/// <summary>
/// A small HTML/SVG writer: every text and attribute value is escaped; markup only comes from the
/// element names and attribute names written by our own code.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Escapes text for an element's content or a double-quoted attribute.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Opens <paramref name="tag"/> with attributes (null values are left out).</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _text.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
        }

        _text.Append('>');
        return this;
    }

    /// <summary>A self-closed element (SVG shapes, void HTML elements).</summary>
    public HtmlWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        _text.Length--;
        _text.Append("/>");
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _text.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Escaped text.</summary>
    public HtmlWriter Text(string text)
    {
        _text.Append(Escape(text));
        return this;
    }

    /// <summary>An element holding only escaped text.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Markup produced by another <see cref="HtmlWriter"/> (already escaped).</summary>
    public HtmlWriter Append(HtmlWriter other)
    {
        _text.Append(other._text);
        return this;
    }

    public HtmlWriter Line()
    {
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
