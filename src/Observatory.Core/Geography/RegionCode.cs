using System.Globalization;
using Observatory.Core.Text;

namespace Observatory.Core.Geography;

/// <summary>
/// An INSEE region code as two-digit text (<c>01</c> Guadeloupe, <c>84</c> Auvergne-Rhône-Alpes).
/// Parsing pads <c>1</c> → <c>01</c>; whether the code exists is a reference-data question
/// (<c>regions.csv</c>), not a syntax one.
/// </summary>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<RegionCode> Parse(string? text)
    {
        var input = text ?? string.Empty;
        var s = input.Trim();
        if (s.Length == 0)
        {
            return ParseResult<RegionCode>.ForError(ErrorMessages.Empty, input);
        }

        if (s.Length <= 2 && s.All(char.IsAsciiDigit))
        {
            var number = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number > 0)
            {
                return ParseResult<RegionCode>.ForValue(
                    new RegionCode(number.ToString("00", CultureInfo.InvariantCulture)), input);
            }
        }

        return ParseResult<RegionCode>.ForError(
            ErrorMessages.Format(ErrorMessages.RegionInvalid, input), input);
    }

    public static RegionCode From(string text) => Parse(text).GetValueOrThrow();

    public override string ToString() => Value ?? string.Empty;
}
