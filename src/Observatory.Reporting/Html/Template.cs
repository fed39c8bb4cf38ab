using System.Text;

namespace Observatory.Reporting.Html;

/// <summary>
/// A minimal template: <c>{{name}}</c> is replaced by the escaped value, <c>{{{name}}}</c> by trusted
/// markup (only fragments produced by <see cref="HtmlWriter"/>). An unknown name is an error.
/// </summary>
internal static class Template
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var output = new StringBuilder(template.Length * 2);
        var position = 0;
        while (position < template.Length)
        {
            var start = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (start < 0)
            {
                output.Append(template, position, template.Length - position);
                break;
            }

            output.Append(template, position, start - position);
            var raw = template.AsSpan(start).StartsWith("{{{", StringComparison.Ordinal);
            var open = raw ? 3 : 2;
            var close = raw ? "}}}" : "}}";
            var end = template.IndexOf(close, start + open, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new FormatException($"Unclosed placeholder at {start}.");
            }

            var name = template[(start + open)..end].Trim();
            if (!values.TryGetValue(name, out var value))
            {
                throw new FormatException($"Template placeholder '{name}' has no value.");
            }

            output.Append(raw ? value : HtmlWriter.Escape(value));
            position = end + close.Length;
        }

        return output.ToString();
    }
}
