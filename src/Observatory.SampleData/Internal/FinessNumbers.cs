using System.Globalization;

namespace Observatory.SampleData.Internal;

/// <summary>
/// Builds 9-character FINESS numbers: the department prefix (<c>01</c>, <c>2A</c>; <c>971</c>…<c>974</c> for the
/// overseas departments, <c>98</c> for Mayotte), a serial number, and a Luhn check digit over the digits.
/// </summary>
internal static class FinessNumbers
{
    public static string Prefix(string departmentCode) => departmentCode switch
    {
        "976" => "98",
        _ => departmentCode,
    };

    public static string Build(string departmentCode, int serial)
    {
        var prefix = Prefix(departmentCode);
        var body = prefix + serial.ToString(CultureInfo.InvariantCulture).PadLeft(8 - prefix.Length, '0');
        return body + CheckDigit(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Luhn check digit over the digit characters of <paramref name="body"/> (letters of 2A/2B count as 0).</summary>
    public static int CheckDigit(string body)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var digit = char.IsAsciiDigit(body[i]) ? body[i] - '0' : 0;
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return (10 - (sum % 10)) % 10;
    }
}
