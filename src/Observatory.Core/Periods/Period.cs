using System.Globalization;
using Observatory.Core.Text;
using Observatory.Core.Utility;

namespace Observatory.Core.Periods;

/// <summary>
/// A calendar year (<c>2025</c>) or quarter (<c>2025T3</c>), as in <c>dim_period</c>
/// (DATA-SOURCES §14). Parsing also accepts <c>2025-T3</c> (DARES) and <c>2025Q3</c>; the
/// canonical code is always <c>YYYY</c> or <c>YYYYTq</c>.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private Period(int year, int quarter)
    {
        Year = year;
        Quarter = quarter;
    }

    public int Year { get; }

    /// <summary>1–4 for a quarter, 0 for a year.</summary>
    public int Quarter { get; }

    public PeriodType Type => Quarter == 0 ? PeriodType.Year : PeriodType.Quarter;

    /// <summary>First day of the period.</summary>
    public DateOnly Start => Quarter == 0 ? new DateOnly(Year, 1, 1) : new DateOnly(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly End => Quarter == 0
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Quarter * 3, DateTime.DaysInMonth(Year, Quarter * 3));

    /// <summary>The canonical code: <c>2025</c> or <c>2025T3</c>.</summary>
    public string Code => Quarter == 0
        ? Year.ToString("0000", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}T{Quarter}");

    public static Period OfYear(int year) => new(Guard.InRange(year, MinYear, MaxYear), 0);

    public static Period OfQuarter(int year, int quarter) =>
        new(Guard.InRange(year, MinYear, MaxYear), Guard.InRange(quarter, 1, 4));

    /// <summary>The year containing this period.</summary>
    public Period ToYear() => new(Year, 0);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static ParseResult<Period> Parse(string? text)
    {
        var input = text ?? string.Empty;
        var s = input.Trim().ToUpperInvariant();
        if (s.Length == 0)
        {
            return ParseResult<Period>.ForError(ErrorMessages.Empty, input);
        }

        if (s.Length < 4 || !s[..4].All(char.IsAsciiDigit))
        {
            return Invalid(input);
        }

        var year = int.Parse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return ParseResult<Period>.ForError(
                ErrorMessages.Format(ErrorMessages.PeriodYearOutOfRange, year), input);
        }

        var rest = s[4..];
        if (rest.Length == 0)
        {
            return ParseResult<Period>.ForValue(new Period(year, 0), input);
        }

        if (rest[0] == '-')
        {
            rest = rest[1..];
        }

        return rest.Length == 2 && rest[0] is 'T' or 'Q' && rest[1] is >= '1' and <= '4'
            ? ParseResult<Period>.ForValue(new Period(year, rest[1] - '0'), input)
            : Invalid(input);
    }

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Code;

    private static ParseResult<Period> Invalid(string input) =>
        ParseResult<Period>.ForError(ErrorMessages.Format(ErrorMessages.PeriodInvalid, input), input);
}
