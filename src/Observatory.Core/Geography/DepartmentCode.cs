using System.Globalization;
using Observatory.Core.Text;

namespace Observatory.Core.Geography;

/// <summary>
/// An INSEE department code as padded text: <c>01</c>…<c>19</c>, <c>2A</c>, <c>2B</c>,
/// <c>21</c>…<c>95</c>, <c>971</c>…<c>974</c>, <c>976</c> (DATA-SOURCES §10). Parsing repairs
/// what spreadsheets do to codes (<c>1</c> → <c>01</c>, <c>2a</c> → <c>2A</c>) and rejects
/// anything else.
/// </summary>
public readonly record struct DepartmentCode
{
    private DepartmentCode(string value) => Value = value;

    /// <summary>The normalised code.</summary>
    public string Value { get; }

    /// <summary>True for the overseas departments (971–976).</summary>
    public bool IsOverseas => Value.Length == 3;

    public static ParseResult<DepartmentCode> Parse(string? text)
    {
        var input = text ?? string.Empty;
        var s = input.Trim().ToUpperInvariant();
        if (s.Length == 0)
        {
            return ParseResult<DepartmentCode>.ForError(ErrorMessages.Empty, input);
        }

        if (s is "2A" or "2B")
        {
            return ParseResult<DepartmentCode>.ForValue(new DepartmentCode(s), input);
        }

        if (s.Length <= 3 && s.All(char.IsAsciiDigit))
        {
            var number = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            if (s.Length <= 2 && number is >= 1 and <= 95 and not 20)
            {
                return ParseResult<DepartmentCode>.ForValue(
                    new DepartmentCode(number.ToString("00", CultureInfo.InvariantCulture)), input);
            }

            if (s.Length == 3 && number is >= 971 and <= 976 and not 975)
            {
                return ParseResult<DepartmentCode>.ForValue(new DepartmentCode(s), input);
            }
        }

        return ParseResult<DepartmentCode>.ForError(
            ErrorMessages.Format(ErrorMessages.DepartmentInvalid, input), input);
    }

    /// <summary>Parses or throws <see cref="FormatException"/> (for trusted literals).</summary>
    public static DepartmentCode From(string text) => Parse(text).GetValueOrThrow();

    public override string ToString() => Value ?? string.Empty;
}
