using System.Text;
using Observatory.DuckDb.Internal;

namespace Observatory.DuckDb;

/// <summary>A DuckDB DATE: days since 1970-01-01, including <c>infinity</c> and <c>-infinity</c>.</summary>
public readonly record struct DuckDbDate(int Days)
{
    /// <summary>Raw value of <c>'infinity'::DATE</c>.</summary>
    public const int PositiveInfinityDays = int.MaxValue;

    /// <summary>Raw value of <c>'-infinity'::DATE</c>.</summary>
    public const int NegativeInfinityDays = -int.MaxValue;

    private const int UnixEpochDayNumber = 719_162;

    public static DuckDbDate PositiveInfinity => new(PositiveInfinityDays);

    public static DuckDbDate NegativeInfinity => new(NegativeInfinityDays);

    /// <summary><c>false</c> for ±infinity.</summary>
    public bool IsFinite => Days is not PositiveInfinityDays and not NegativeInfinityDays;

    public static DuckDbDate FromDateOnly(DateOnly date) => new(date.DayNumber - UnixEpochDayNumber);

    /// <summary>Converts to DateOnly; throws for ±infinity and for years outside 1–9999.</summary>
    public DateOnly ToDateOnly()
    {
        if (!IsFinite)
        {
            throw new InvalidOperationException($"The DuckDB date '{this}' is not finite and has no DateOnly value.");
        }

        var dayNumber = (long)Days + UnixEpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new InvalidOperationException($"The DuckDB date '{this}' is outside the range of DateOnly.");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>DuckDB's rendering: <c>2024-01-05</c>, <c>0044-03-15 (BC)</c>, <c>infinity</c>.</summary>
    public override string ToString()
    {
        if (Days == PositiveInfinityDays)
        {
            return "infinity";
        }

        if (Days == NegativeInfinityDays)
        {
            return "-infinity";
        }

        var builder = new StringBuilder(16);
        CivilCalendar.AppendDate(builder, Days);
        return builder.ToString();
    }
}
