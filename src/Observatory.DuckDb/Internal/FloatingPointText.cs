using System.Globalization;
using System.Text;

namespace Observatory.DuckDb.Internal;

/// <summary>
/// DuckDB's text for FLOAT and DOUBLE: the shortest round-trip digits, positional when the decimal exponent is in
/// [-4, 16), else scientific with a signed, at least two-digit exponent (<c>1e+20</c>, <c>1.5e-07</c>); integral values
/// keep <c>.0</c>; <c>inf</c>, <c>-inf</c>, <c>nan</c>.
/// </summary>
internal static class FloatingPointText
{
    public static string Format(double value) =>
        double.IsFinite(value) ? Render(value.ToString("R", CultureInfo.InvariantCulture)) : NonFinite(double.IsNaN(value), value < 0);

    public static string Format(float value) =>
        float.IsFinite(value) ? Render(value.ToString("R", CultureInfo.InvariantCulture)) : NonFinite(float.IsNaN(value), value < 0);

    private static string NonFinite(bool nan, bool negative) => nan ? "nan" : negative ? "-inf" : "inf";

    /// <summary>Re-renders .NET's shortest round-trip text ("1.5E-07", "-123.25", "1E+20").</summary>
    private static string Render(string roundTrip)
    {
        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponentAt = body.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(body[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var integerDigits = (point < 0 ? mantissa.Length : point) + exponent;

        // Normalise: strip leading zeros (adjusting the point) and trailing zeros.
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..];
        integerDigits -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var decimalExponent = integerDigits - 1;
        var builder = new StringBuilder(negative ? "-" : string.Empty);
        if (decimalExponent is >= -4 and < 16)
        {
            if (integerDigits <= 0)
            {
                builder.Append("0.").Append('0', -integerDigits).Append(digits);
            }
            else if (integerDigits >= digits.Length)
            {
                builder.Append(digits).Append('0', integerDigits - digits.Length).Append(".0");
            }
            else
            {
                builder.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, digits.Length - integerDigits);
            }
        }
        else
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(decimalExponent < 0 ? '-' : '+')
                .Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
