using System.Globalization;
using System.Text;
using Observatory.DuckDb.Internal;

namespace Observatory.DuckDb;

/// <summary>
/// Renders a value read by this binding exactly as DuckDB's <c>x::VARCHAR</c> does (TIMESTAMPTZ as with
/// <c>SET TimeZone='UTC'</c>). SQL NULL (null) gives null at the top level and <c>NULL</c> inside nested values.
/// </summary>
public static partial class DuckDbValueFormatter
{
    /// <summary>The DuckDB text of <paramref name="value"/>, or null for SQL NULL.</summary>
    public static string? Format(object? value)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        var builder = new StringBuilder();
        Append(builder, value, nested: false);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, bool nested)
    {
        switch (value)
        {
            case null or DBNull:
                builder.Append("NULL");
                break;
            case DuckDbStruct v:
                AppendStruct(builder, v);
                break;
            case IReadOnlyList<KeyValuePair<object?, object?>> v:
                AppendMap(builder, v);
                break;
            case IReadOnlyList<object?> v:
                AppendList(builder, v);
                break;
            default:
                var text = ScalarText(value);
                builder.Append(nested ? QuoteNested(text) : text);
                break;
        }
    }

    private static string ScalarText(object value) => value switch
    {
        bool v => v ? "true" : "false",
        string v => v,
        double v => FloatingPointText.Format(v),
        float v => FloatingPointText.Format(v),
        byte[] v => BlobText(v),
        Guid v => v.ToString("D"),
        TimeOnly v => TimeText(v),
        DateOnly v => DuckDbDate.FromDateOnly(v).ToString(),
        DateTime v => DuckDbTimestamp.FromDateTime(v).ToString(),
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string TimeText(TimeOnly value)
    {
        var builder = new StringBuilder(16);
        CivilCalendar.AppendTime(
            builder,
            value.Ticks / TimeSpan.TicksPerSecond,
            value.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMicrosecond,
            6);
        return builder.ToString();
    }

    private static void AppendList(StringBuilder builder, IReadOnlyList<object?> items)
    {
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], nested: true);
        }

        builder.Append(']');
    }

    private static void AppendStruct(StringBuilder builder, DuckDbStruct value)
    {
        builder.Append('{');
        for (var i = 0; i < value.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(QuoteStructKey(value[i].Key)).Append(": ");
            Append(builder, value[i].Value, nested: true);
        }

        builder.Append('}');
    }

    private static void AppendMap(StringBuilder builder, IReadOnlyList<KeyValuePair<object?, object?>> entries)
    {
        builder.Append('{');
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, entries[i].Key, nested: true);
            builder.Append('=');
            Append(builder, entries[i].Value, nested: true);
        }

        builder.Append('}');
    }

    private static string BlobText(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 32 and <= 126 && b != (byte)'\\' && b != (byte)'\'' && b != (byte)'"')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
