using System.Globalization;
using Observatory.Core.Text;

namespace Observatory.Etl.Typing;

/// <summary>
/// Parses numeric cells. With a decimal comma contract (<c>decimal_separator: ","</c>) both
/// <c>4,4</c> and the invariant <c>4.4</c> that XLSX numbers are stored as are accepted, and
/// spaces (including narrow and non-breaking) are thousands separators. With a decimal point
/// contract only <c>4.4</c> is accepted, so that <c>1,234</c> is never read as 1.234.
/// </summary>
public static class NumberCellParser
{
    /// <summary>Most decimals kept exactly by the lake's <c>DECIMAL(18,6)</c>.</summary>
    public const int MaxScale = 6;

    public static ParseResult<decimal> ParseDecimal(string text, char decimalSeparator)
    {
        var s = Clean(text, decimalSeparator);
        if (s is null || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            return ParseResult<decimal>.ForError($"'{text}' is not a number", text);
        }

        return value.Scale > MaxScale && decimal.Round(value, MaxScale) != value
            ? ParseResult<decimal>.ForError($"'{text}' has more than {MaxScale} decimals", text)
            : ParseResult<decimal>.ForValue(value, text);
    }

    public static ParseResult<long> ParseInt(string text, char decimalSeparator)
    {
        var s = Clean(text, decimalSeparator);
        if (s is not null && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return ParseResult<long>.ForValue(whole, text);
        }

        // XLSX may store an integer count as 12.0 or 1.2E1.
        var asDecimal = ParseDecimal(text, decimalSeparator);
        return asDecimal.TryGetValue(out var d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue
            ? ParseResult<long>.ForValue((long)d, text)
            : ParseResult<long>.ForError($"'{text}' is not an integer", text);
    }

    private static string? Clean(string text, char decimalSeparator)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (decimalSeparator == ',')
        {
            if (s.Contains(',', StringComparison.Ordinal) && s.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }

            s = s.Replace(" ", string.Empty, StringComparison.Ordinal)
                .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
                .Replace("\u202F", string.Empty, StringComparison.Ordinal)
                .Replace(',', '.');
        }

        return s;
    }
}
