using System.Globalization;
using Observatory.Core.Text;

namespace Observatory.Etl.Typing;

/// <summary>
/// Parses date cells: the contract's pattern (<c>dd/MM/yyyy</c>), ISO <c>yyyy-MM-dd</c>, or an
/// Excel serial day number (XLSX stores dates as numbers: 45292 = 2024-01-01).
/// </summary>
public static class DateCellParser
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static ParseResult<DateOnly> Parse(string text, string? format)
    {
        var s = text.Trim();
        if (format is not null && DateOnly.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return ParseResult<DateOnly>.ForValue(exact, text);
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return ParseResult<DateOnly>.ForValue(iso, text);
        }

        if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial is >= 1 and < 2958466)
        {
            return ParseResult<DateOnly>.ForValue(ExcelEpoch.AddDays((int)Math.Floor(serial)), text);
        }

        return ParseResult<DateOnly>.ForError($"'{text}' is not a date ({format ?? "yyyy-MM-dd"})", text);
    }
}
