using System.Globalization;
using System.Text;

namespace Observatory.GraphQL.Language;

/// <summary>Prints a string value as a quoted GraphQL string literal, escaping as graphql-js <c>printString</c> does.</summary>
public static class StringPrinter
{
    /// <summary>
    /// Quotes <paramref name="value"/>: <c>"</c> and <c>\</c> are backslash-escaped, <c>\b \t \n \f \r</c> use their
    /// short escapes and other C0/C1 control characters use <c>\uXXXX</c>.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
