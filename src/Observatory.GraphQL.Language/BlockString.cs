using System.Text;

namespace Observatory.GraphQL.Language;

/// <summary>Block string helpers: the spec's <c>BlockStringValue</c> dedent, and printing a value as a block string.</summary>
public static class BlockString
{
    /// <summary>
    /// <c>BlockStringValue(rawValue)</c>: split into lines, remove the common indentation of every line but the
    /// first (ignoring whitespace-only lines), drop leading and trailing whitespace-only lines, join with <c>\n</c>.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        int? commonIndent = null;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var position = 0;
        var index = 0;
        while (NextLine(raw, ref position, out var line))
        {
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = index;
                }

                lastNonBlank = index;
                if (index != 0 && (commonIndent is null || indent < commonIndent))
                {
                    commonIndent = indent;
                }
            }

            index++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        position = 0;
        index = 0;
        while (NextLine(raw, ref position, out var line) && index <= lastNonBlank)
        {
            if (index >= firstNonBlank)
            {
                if (index > firstNonBlank)
                {
                    builder.Append('\n');
                }

                builder.Append(index == 0 ? line : line[Math.Min(commonIndent ?? 0, line.Length)..]);
            }

            index++;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prints a value as a block string literal in graphql-js style: multi-line (content on its own lines) when the
    /// value has several lines, is longer than 70 chars or ends with a quote or backslash; <c>"""</c> is escaped.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var laterLinesIndentedOrEmpty = true;
        var position = 0;
        var index = 0;
        while (NextLine(escaped, ref position, out var line))
        {
            if (index > 0)
            {
                isSingleLine = false;
                laterLinesIndentedOrEmpty &= line.Length == 0 || IsWhiteSpace(line[0]);
            }

            index++;
        }

        var forceLeadingNewLine = !isSingleLine && laterLinesIndentedOrEmpty;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// True when printing the value as a block string and parsing it back yields the same value: no control
    /// characters or <c>\r</c>, no leading or trailing blank line, and no indentation common to all lines.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                case < ' ':
                    return false;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && IsWhiteSpace(line[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads the line starting at <paramref name="position"/>; lines end at \r\n, \n or \r.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position > text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[position..];
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            line = rest;
            position = text.Length + 1;
            return true;
        }

        line = rest[..end];
        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }
}
