using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

public sealed partial class DuckDbAppender
{
    /// <summary>Appends one value to the current row, dispatching on its CLR type.</summary>
    public DuckDbAppender Append(object? value)
    {
        switch (value)
        {
            case null or DBNull: AppendNull(); break;
            case bool v: Append(v); break;
            case sbyte v: Check(NativeMethods.AppendInt8(Handle, v), "append"); break;
            case short v: Check(NativeMethods.AppendInt16(Handle, v), "append"); break;
            case int v: Append(v); break;
            case long v: Append(v); break;
            case byte v: Check(NativeMethods.AppendUInt8(Handle, v), "append"); break;
            case ushort v: Check(NativeMethods.AppendUInt16(Handle, v), "append"); break;
            case uint v: Check(NativeMethods.AppendUInt32(Handle, v), "append"); break;
            case ulong v: Check(NativeMethods.AppendUInt64(Handle, v), "append"); break;
            case Int128 v: Check(NativeMethods.AppendHugeInt(Handle, new NativeHugeInt(v)), "append"); break;
            case UInt128 v: Check(NativeMethods.AppendUHugeInt(Handle, new NativeUHugeInt(v)), "append"); break;
            case float v: Check(NativeMethods.AppendFloat(Handle, v), "append"); break;
            case double v: Append(v); break;
            case string v: Append(v); break;
            case DateOnly v: Check(NativeMethods.AppendDate(Handle, DuckDbDate.FromDateOnly(v).Days), "append"); break;
            case DuckDbDate v: Check(NativeMethods.AppendDate(Handle, v.Days), "append"); break;
            case DateTime v: Check(NativeMethods.AppendTimestamp(Handle, DuckDbTimestamp.FromDateTime(v).Value), "append"); break;
            case TimeOnly v: Check(NativeMethods.AppendTime(Handle, ValueConversions.ToMicros(v)), "append"); break;
            case DuckDbInterval v:
                Check(NativeMethods.AppendInterval(Handle, new NativeInterval { Months = v.Months, Days = v.Days, Micros = v.Micros }), "append");
                break;
            case byte[] v: AppendBlob(v); break;
            default:
                using (var native = ValueFactory.Create(value))
                {
                    Check(NativeMethods.AppendValue(Handle, native), "append");
                }

                break;
        }

        return this;
    }

    /// <summary>Appends SQL NULL.</summary>
    public DuckDbAppender AppendNull()
    {
        Check(NativeMethods.AppendNull(Handle), "append");
        return this;
    }

    /// <summary>Appends the column's default value.</summary>
    public DuckDbAppender AppendDefault()
    {
        Check(NativeMethods.AppendDefault(Handle), "append");
        return this;
    }

    public DuckDbAppender Append(bool value)
    {
        Check(NativeMethods.AppendBool(Handle, value), "append");
        return this;
    }

    public DuckDbAppender Append(int value)
    {
        Check(NativeMethods.AppendInt32(Handle, value), "append");
        return this;
    }

    public DuckDbAppender Append(long value)
    {
        Check(NativeMethods.AppendInt64(Handle, value), "append");
        return this;
    }

    public DuckDbAppender Append(double value)
    {
        Check(NativeMethods.AppendDouble(Handle, value), "append");
        return this;
    }

    /// <summary>Appends a VARCHAR (null appends NULL).</summary>
    public unsafe DuckDbAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        var bytes = NativeStrings.Utf8.GetBytes(value);
        fixed (byte* pointer = bytes)
        {
            Check(NativeMethods.AppendVarcharLength(Handle, pointer, (ulong)bytes.Length), "append");
        }

        return this;
    }

    /// <summary>Appends a BLOB.</summary>
    public unsafe DuckDbAppender AppendBlob(ReadOnlySpan<byte> value)
    {
        fixed (byte* pointer = value)
        {
            Check(NativeMethods.AppendBlob(Handle, pointer, (ulong)value.Length), "append");
        }

        return this;
    }
}
