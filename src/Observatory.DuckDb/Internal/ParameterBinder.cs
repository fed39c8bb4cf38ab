using System.Collections;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>
/// Binds a CLR value to a prepared-statement parameter, by CLR type: null/DBNull → NULL; bool; sbyte…ulong, Int128,
/// UInt128; float; double; decimal and <see cref="DuckDbDecimal"/> → DECIMAL; string; Guid → VARCHAR (cast by DuckDB);
/// byte[] → BLOB; DateOnly, <see cref="DuckDbDate"/> → DATE; DateTime → TIMESTAMP; DateTimeOffset → TIMESTAMPTZ;
/// <see cref="DuckDbTimestamp"/> (TIMESTAMPTZ when UTC, else TIMESTAMP in microseconds); TimeOnly → TIME; <see cref="DuckDbInterval"/> → INTERVAL; any other IEnumerable → LIST.
/// </summary>
internal static unsafe class ParameterBinder
{
    public static void Bind(PreparedStatementHandle statement, int index, object? value)
    {
        var i = (ulong)index;
        var state = value switch
        {
            null or DBNull => NativeMethods.BindNull(statement, i),
            bool v => NativeMethods.BindBoolean(statement, i, v),
            sbyte v => NativeMethods.BindInt8(statement, i, v),
            short v => NativeMethods.BindInt16(statement, i, v),
            int v => NativeMethods.BindInt32(statement, i, v),
            long v => NativeMethods.BindInt64(statement, i, v),
            byte v => NativeMethods.BindUInt8(statement, i, v),
            ushort v => NativeMethods.BindUInt16(statement, i, v),
            uint v => NativeMethods.BindUInt32(statement, i, v),
            ulong v => NativeMethods.BindUInt64(statement, i, v),
            Int128 v => NativeMethods.BindHugeInt(statement, i, new NativeHugeInt(v)),
            UInt128 v => NativeMethods.BindUHugeInt(statement, i, new NativeUHugeInt(v)),
            float v => NativeMethods.BindFloat(statement, i, v),
            double v => NativeMethods.BindDouble(statement, i, v),
            decimal v => NativeMethods.BindDecimal(statement, i, ValueFactory.ToNative(DuckDbDecimal.FromDecimal(v))),
            DuckDbDecimal v => NativeMethods.BindDecimal(statement, i, ValueFactory.ToNative(v)),
            string v => BindString(statement, i, v),
            Guid v => BindString(statement, i, v.ToString("D")),
            byte[] v => BindBlob(statement, i, v),
            DateOnly v => NativeMethods.BindDate(statement, i, DuckDbDate.FromDateOnly(v).Days),
            DuckDbDate v => NativeMethods.BindDate(statement, i, v.Days),
            DateTime v => NativeMethods.BindTimestamp(statement, i, DuckDbTimestamp.FromDateTime(v).Value),
            DateTimeOffset v => NativeMethods.BindTimestampTz(statement, i, DuckDbTimestamp.FromDateTimeOffset(v).Value),
            DuckDbTimestamp { Kind: DuckDbTimestampKind.MicrosecondsUtc } v => NativeMethods.BindTimestampTz(statement, i, v.Value),
            DuckDbTimestamp v => NativeMethods.BindTimestamp(statement, i, v.Micros),
            TimeOnly v => NativeMethods.BindTime(statement, i, ValueConversions.ToMicros(v)),
            DuckDbInterval v => NativeMethods.BindInterval(statement, i, new NativeInterval { Months = v.Months, Days = v.Days, Micros = v.Micros }),
            _ => BindAsValue(statement, i, value),
        };
        NativeErrors.ThrowIfBindFailed(state, index, value);
    }

    private static NativeState BindString(PreparedStatementHandle statement, ulong index, string value)
    {
        var bytes = NativeStrings.Utf8.GetBytes(value);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.BindVarcharLength(statement, index, pointer, (ulong)bytes.Length);
        }
    }

    private static NativeState BindBlob(PreparedStatementHandle statement, ulong index, byte[] value)
    {
        fixed (byte* pointer = value)
        {
            return NativeMethods.BindBlob(statement, index, pointer, (ulong)value.Length);
        }
    }

    private static NativeState BindAsValue(PreparedStatementHandle statement, ulong index, object value)
    {
        if (value is not IEnumerable)
        {
            throw new NotSupportedException($"Cannot bind a value of CLR type {value.GetType()} to a DuckDB parameter.");
        }

        using var native = ValueFactory.Create(value);
        return NativeMethods.BindValue(statement, index, native);
    }
}
