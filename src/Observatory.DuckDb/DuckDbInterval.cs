using System.Globalization;
using System.Text;
using Observatory.DuckDb.Internal;

namespace Observatory.DuckDb;

/// <summary>A DuckDB INTERVAL: months, days and microseconds, kept apart as DuckDB does.</summary>
public readonly record struct DuckDbInterval(int Months, int Days, long Micros)
{
    /// <summary>DuckDB's rendering, e.g. <c>1 year 2 months 3 days 04:05:06</c>, or <c>00:00:00</c> when empty.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(32);
        if (Months != 0)
        {
            var years = Months / 12;
            var months = Months - (years * 12);
            AppendPart(builder, years, "year");
            AppendPart(builder, months, "month");
        }

        AppendPart(builder, Days, "day");
        if (Micros != 0)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var magnitude = Micros < 0 ? -(Int128)Micros : Micros;
            if (Micros < 0)
            {
                builder.Append('-');
            }

            var seconds = (long)(magnitude / CivilCalendar.MicrosPerSecond);
            var fraction = (long)(magnitude % CivilCalendar.MicrosPerSecond);
            CivilCalendar.AppendTime(builder, seconds, fraction, 6);
        }
        else if (builder.Length == 0)
        {
            builder.Append("00:00:00");
        }

        return builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, int value, string unit)
    {
        if (value == 0)
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
        if (value is not (1 or -1))
        {
            builder.Append('s');
        }
    }
}
