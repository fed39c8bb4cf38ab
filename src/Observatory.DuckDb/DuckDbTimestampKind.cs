namespace Observatory.DuckDb;

/// <summary>The unit and zone of a <see cref="DuckDbTimestamp"/>.</summary>
public enum DuckDbTimestampKind
{
    /// <summary>TIMESTAMP: microseconds since the epoch, no time zone.</summary>
    Microseconds,

    /// <summary>TIMESTAMP_S: seconds since the epoch.</summary>
    Seconds,

    /// <summary>TIMESTAMP_MS: milliseconds since the epoch.</summary>
    Milliseconds,

    /// <summary>TIMESTAMP_NS: nanoseconds since the epoch.</summary>
    Nanoseconds,

    /// <summary>TIMESTAMPTZ: microseconds since the epoch, an instant in UTC.</summary>
    MicrosecondsUtc,
}
