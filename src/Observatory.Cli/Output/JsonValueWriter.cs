using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Observatory.DuckDb;

namespace Observatory.Cli.Output;

/// <summary>Writes one decoded DuckDB value as JSON, recursively for LIST, STRUCT and MAP.</summary>
internal static class JsonValueWriter
{
    /// <summary>Significant digits a double always round-trips.</summary>
    private const int DoubleSafeDigits = 15;

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            case Int128 h:
                WriteBigInteger(writer, (BigInteger)h);
                break;
            case UInt128 u:
                WriteBigInteger(writer, (BigInteger)u);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case DuckDbDecimal dec:
                WriteDecimal(writer, dec.ToString());
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case DuckDbStruct st:
                writer.WriteStartObject();
                foreach (var (name, fieldValue) in st)
                {
                    writer.WritePropertyName(name);
                    Write(writer, fieldValue);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyList<KeyValuePair<object?, object?>> map:
                WriteMap(writer, map);
                break;
            case byte[] blob:
                writer.WriteStringValue(DuckDbValueFormatter.Format(blob));
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // dates, timestamps, intervals, UUIDs, non-finite floats: DuckDB's own text
                writer.WriteStringValue(DuckDbValueFormatter.Format(value));
                break;
        }
    }

    private static void WriteBigInteger(Utf8JsonWriter writer, BigInteger value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if ((BigInteger)(double)value == value)
        {
            writer.WriteRawValue(text, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    private static void WriteDecimal(Utf8JsonWriter writer, string text)
    {
        var digits = text.Count(char.IsAsciiDigit) - LeadingZeroDigits(text);
        if (digits <= DoubleSafeDigits)
        {
            writer.WriteRawValue(text, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    private static int LeadingZeroDigits(string text)
    {
        var count = 0;
        foreach (var ch in text)
        {
            if (ch is '-' or '.')
            {
                continue;
            }

            if (ch != '0')
            {
                break;
            }

            count++;
        }

        return count;
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<object?, object?>> map)
    {
        if (map.All(kv => kv.Key is string))
        {
            writer.WriteStartObject();
            foreach (var kv in map)
            {
                writer.WritePropertyName((string)kv.Key!);
                Write(writer, kv.Value);
            }

            writer.WriteEndObject();
            return;
        }

        writer.WriteStartArray();
        foreach (var kv in map)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("key");
            Write(writer, kv.Key);
            writer.WritePropertyName("value");
            Write(writer, kv.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
