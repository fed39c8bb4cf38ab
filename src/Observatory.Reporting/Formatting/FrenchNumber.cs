using System.Globalization;

namespace Observatory.Reporting.Formatting;

/// <summary>
/// French number typography, independent of the machine's culture: decimal comma, narrow no-break
/// space (U+202F) between thousands, « % » after a narrow no-break space, minus sign U+2212.
/// </summary>
public static class FrenchNumber
{
    /// <summary>The thousands separator and the space before « % ».</summary>
    public const char NarrowSpace = '\u202F';

    /// <summary>A number with <paramref name="decimals"/> decimals: 12 345,6.</summary>
    public static string Format(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no « −0 »
        }

        var text = Math.Abs(rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            .Replace(',', NarrowSpace)
            .Replace('.', ',');
        return rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>A share as a percentage: 0.7957 → « 79,6 % ».</summary>
    public static string Percent(double share, int decimals = 1) => Format(share * 100, decimals) + NarrowSpace + "%";

    /// <summary>A whole count: 12 345.</summary>
    public static string Integer(double value) => Format(value, 0);

    /// <summary>A signed score: « +0,61 » / « −1,37 ».</summary>
    public static string Signed(double value, int decimals = 2)
    {
        var text = Format(value, decimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }
}
