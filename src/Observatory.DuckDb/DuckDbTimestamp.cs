using System.Text;
using Observatory.DuckDb.Internal;

namespace Observatory.DuckDb;

/// <summary>
/// A DuckDB TIMESTAMP, TIMESTAMP_S/_MS/_NS or TIMESTAMPTZ: <see cref="Value"/> units since 1970-01-01 in the unit of
/// <see cref="Kind"/>, including <c>infinity</c> and <c>-infinity</c>.
/// </summary>
public readonly record struct DuckDbTimestamp(long Value, DuckDbTimestampKind Kind)
{
    /// <summary>Raw value of <c>'infinity'::TIMESTAMP</c>.</summary>
    public const long PositiveInfinityValue = long.MaxValue;

    /// <summary>Raw value of <c>'-infinity'::TIMESTAMP</c>.</summary>
    public const long NegativeInfinityValue = -long.MaxValue;

    /// <summary><c>true</c> for TIMESTAMPTZ: the value is an instant in UTC.</summary>
    public bool IsUtc => Kind == DuckDbTimestampKind.MicrosecondsUtc;

    /// <summary><c>false</c> for ±infinity.</summary>
    public bool IsFinite => Value is not PositiveInfinityValue and not NegativeInfinityValue;

    /// <summary>The value in microseconds since the epoch (nanoseconds are floored).</summary>
    public long Micros => Kind switch
    {
        DuckDbTimestampKind.Seconds => Value * CivilCalendar.MicrosPerSecond,
        DuckDbTimestampKind.Milliseconds => Value * 1000,
        DuckDbTimestampKind.Nanoseconds => CivilCalendar.FloorDiv(Value, 1000),
        _ => Value,
    };

    /// <summary>A TIMESTAMP (microseconds) from a DateTime; the kind of <paramref name="value"/> is ignored.</summary>
    public static DuckDbTimestamp FromDateTime(DateTime value) =>
        new((value.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond, DuckDbTimestampKind.Microseconds);

    /// <summary>A TIMESTAMPTZ from an instant.</summary>
    public static DuckDbTimestamp FromDateTimeOffset(DateTimeOffset value) =>
        new((value.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond, DuckDbTimestampKind.MicrosecondsUtc);

    /// <summary>
    /// Converts to DateTime (<see cref="DateTimeKind.Utc"/> for TIMESTAMPTZ, else Unspecified); nanoseconds are truncated
    /// to ticks. Throws for ±infinity and outside DateTime's range.
    /// </summary>
    public DateTime ToDateTime()
    {
        if (!IsFinite)
        {
            throw new InvalidOperationException($"The DuckDB timestamp '{this}' is not finite and has no DateTime value.");
        }

        var ticks = Kind == DuckDbTimestampKind.Nanoseconds
            ? CivilCalendar.FloorDiv(Value, 100)
            : checked(Micros * TimeSpan.TicksPerMicrosecond);
        var total = checked(DateTime.UnixEpoch.Ticks + ticks);
        if (total < DateTime.MinValue.Ticks || total > DateTime.MaxValue.Ticks)
        {
            throw new InvalidOperationException($"The DuckDB timestamp '{this}' is outside the range of DateTime.");
        }

        return new DateTime(total, IsUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
    }

    /// <summary>
    /// DuckDB's rendering (TIMESTAMPTZ as with <c>SET TimeZone='UTC'</c>, suffixed <c>+00</c>):
    /// <c>2024-01-01 12:30:00.5</c>, <c>infinity</c>.
    /// </summary>
    public override string ToString()
    {
        if (Value == PositiveInfinityValue)
        {
            return "infinity";
        }

        if (Value == NegativeInfinityValue)
        {
            return "-infinity";
        }

        var (perSecond, digits) = Kind switch
        {
            DuckDbTimestampKind.Seconds => (1L, 0),
            DuckDbTimestampKind.Milliseconds => (1000L, 3),
            DuckDbTimestampKind.Nanoseconds => (1_000_000_000L, 9),
            _ => (CivilCalendar.MicrosPerSecond, 6),
        };
        var perDay = perSecond * 86_400;
        var days = CivilCalendar.FloorDiv(Value, perDay);
        var withinDay = Value - (days * perDay);
        var builder = new StringBuilder(32);
        CivilCalendar.AppendDate(builder, days);
        builder.Append(' ');
        CivilCalendar.AppendTime(builder, withinDay / perSecond, withinDay % perSecond, digits);
        if (IsUtc)
        {
            builder.Append("+00");
        }

        return builder.ToString();
    }
}
