using System.Globalization;
using System.Text;

namespace Observatory.DuckDb.Internal;

/// <summary>
/// Proleptic Gregorian day arithmetic over DuckDB's whole range (days since 1970-01-01 as int32), and the
/// text forms DuckDB uses for dates and times (<c>0044-03-15 (BC)</c>, trailing zeros of fractions removed).
/// </summary>
internal static class CivilCalendar
{
    public const long MicrosPerSecond = 1_000_000;
    public const long MicrosPerDay = 86_400_000_000;

    /// <summary>Year, month and day of a day number (Howard Hinnant's civil_from_days).</summary>
    public static (long Year, int Month, int Day) FromDays(long days)
    {
        var z = days + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var doe = z - (era * 146_097);
        var yoe = (doe - (doe / 1460) + (doe / 36_524) - (doe / 146_096)) / 365;
        var y = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    public static void AppendDate(StringBuilder builder, long days)
    {
        var (year, month, day) = FromDays(days);
        var bc = year <= 0;
        var shownYear = bc ? 1 - year : year;
        builder.Append(shownYear.ToString("0000", CultureInfo.InvariantCulture))
            .Append('-').Append(month.ToString("00", CultureInfo.InvariantCulture))
            .Append('-').Append(day.ToString("00", CultureInfo.InvariantCulture));
        if (bc)
        {
            builder.Append(" (BC)");
        }
    }

    /// <summary>Appends HH:MM:SS and a fraction of <paramref name="fractionDigits"/> digits without trailing zeros.</summary>
    public static void AppendTime(StringBuilder builder, long seconds, long fraction, int fractionDigits)
    {
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        var secs = seconds % 60;
        builder.Append(hours.ToString("00", CultureInfo.InvariantCulture))
            .Append(':').Append(minutes.ToString("00", CultureInfo.InvariantCulture))
            .Append(':').Append(secs.ToString("00", CultureInfo.InvariantCulture));
        AppendFraction(builder, fraction, fractionDigits);
    }

    public static void AppendFraction(StringBuilder builder, long fraction, int fractionDigits)
    {
        if (fraction == 0)
        {
            return;
        }

        var text = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(fractionDigits, '0').TrimEnd('0');
        builder.Append('.').Append(text);
    }

    public static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
    }
}
