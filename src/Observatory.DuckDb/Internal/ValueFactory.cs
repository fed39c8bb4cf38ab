using System.Collections;
using System.Numerics;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb.Internal;

/// <summary>
/// Creates native <c>duckdb_value</c>s from CLR values (the same mapping as <see cref="ParameterBinder"/>), including
/// LIST values from enumerables. Every created value and type is destroyed by its handle.
/// </summary>
internal static unsafe class ValueFactory
{
    public static NativeDecimal ToNative(DuckDbDecimal value) =>
        new() { Width = value.Width, Scale = value.Scale, Value = new NativeHugeInt(value.Unscaled) };

    /// <summary>Creates the native value; throws rather than hand a NULL <c>duckdb_value</c> to DuckDB.</summary>
    public static ValueHandle Create(object? value)
    {
        var handle = CreateUnchecked(value);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new DuckDbException(DuckDbErrorType.InvalidInput, $"DuckDB could not create a value from a {value?.GetType().Name ?? "null"}.");
        }

        return handle;
    }

    private static ValueHandle CreateUnchecked(object? value) => value switch
    {
        null or DBNull => NativeMethods.CreateNullValue(),
        bool v => NativeMethods.CreateBool(v),
        sbyte v => NativeMethods.CreateInt8(v),
        short v => NativeMethods.CreateInt16(v),
        int v => NativeMethods.CreateInt32(v),
        long v => NativeMethods.CreateInt64(v),
        byte v => NativeMethods.CreateUInt8(v),
        ushort v => NativeMethods.CreateUInt16(v),
        uint v => NativeMethods.CreateUInt32(v),
        ulong v => NativeMethods.CreateUInt64(v),
        Int128 v => NativeMethods.CreateHugeInt(new NativeHugeInt(v)),
        UInt128 v => NativeMethods.CreateUHugeInt(new NativeUHugeInt(v)),
        float v => NativeMethods.CreateFloat(v),
        double v => NativeMethods.CreateDouble(v),
        decimal v => NativeMethods.CreateDecimal(ToNative(DuckDbDecimal.FromDecimal(v))),
        DuckDbDecimal v => NativeMethods.CreateDecimal(ToNative(v)),
        string v => CreateString(v),
        Guid v => CreateString(v.ToString("D")),
        byte[] v => CreateBlob(v),
        DateOnly v => NativeMethods.CreateDate(DuckDbDate.FromDateOnly(v).Days),
        DuckDbDate v => NativeMethods.CreateDate(v.Days),
        DateTime v => NativeMethods.CreateTimestamp(DuckDbTimestamp.FromDateTime(v).Value),
        DateTimeOffset v => NativeMethods.CreateTimestampTz(DuckDbTimestamp.FromDateTimeOffset(v).Value),
        DuckDbTimestamp { IsUtc: true } v => NativeMethods.CreateTimestampTz(v.Value),
        DuckDbTimestamp v => NativeMethods.CreateTimestamp(v.Micros),
        TimeOnly v => NativeMethods.CreateTime(ValueConversions.ToMicros(v)),
        DuckDbInterval v => NativeMethods.CreateInterval(new NativeInterval { Months = v.Months, Days = v.Days, Micros = v.Micros }),
        IEnumerable v => CreateList(v),
        _ => throw new NotSupportedException($"Cannot convert a value of CLR type {value.GetType()} to a DuckDB value."),
    };

    private static ValueHandle CreateString(string value)
    {
        var bytes = NativeStrings.Utf8.GetBytes(value);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.CreateVarcharLength(pointer, (ulong)bytes.Length);
        }
    }

    private static ValueHandle CreateBlob(byte[] value)
    {
        fixed (byte* pointer = value)
        {
            return NativeMethods.CreateBlob(pointer, (ulong)value.Length);
        }
    }

    private static ValueHandle CreateList(IEnumerable values)
    {
        var items = values.Cast<object?>().ToArray();
        var elementType = ElementType(values.GetType(), items);
        var decimalScale = IsDecimal(elementType) ? items.Where(i => i is not null).Select(i => AsDuckDbDecimal(i!).Scale).DefaultIfEmpty((byte)0).Max() : (byte)0;
        var handles = new ValueHandle[items.Length];
        try
        {
            for (var i = 0; i < items.Length; i++)
            {
                handles[i] = decimalScale > 0 && items[i] is { } d ? CreateDecimalWithScale(AsDuckDbDecimal(d), decimalScale) : Create(items[i]);
            }

            using var type = LogicalTypeFor(elementType, decimalScale);
            return CreateListValue(type, handles);
        }
        finally
        {
            foreach (var handle in handles)
            {
                handle?.Dispose();
            }
        }
    }

    private static ValueHandle CreateListValue(LogicalTypeHandle type, ValueHandle[] handles)
    {
        var added = new bool[handles.Length];
        var pointers = new IntPtr[handles.Length];
        try
        {
            for (var i = 0; i < handles.Length; i++)
            {
                handles[i].DangerousAddRef(ref added[i]);
                pointers[i] = handles[i].DangerousGetHandle();
            }

            // duckdb_create_list_value rejects a NULL array, which is what fixed gives for an empty one.
            var placeholder = IntPtr.Zero;
            fixed (IntPtr* array = pointers)
            {
                return NativeMethods.CreateListValue(type, pointers.Length == 0 ? &placeholder : array, (ulong)pointers.Length);
            }
        }
        finally
        {
            for (var i = 0; i < handles.Length; i++)
            {
                if (added[i])
                {
                    handles[i].DangerousRelease();
                }
            }
        }
    }

    private static ValueHandle CreateDecimalWithScale(DuckDbDecimal value, byte scale)
    {
        var unscaled = value.Unscaled * (Int128)BigInteger.Pow(10, scale - value.Scale);
        return NativeMethods.CreateDecimal(ToNative(new DuckDbDecimal(unscaled, DuckDbDecimal.MaxWidth, scale)));
    }

    private static DuckDbDecimal AsDuckDbDecimal(object value) => value switch
    {
        decimal d => DuckDbDecimal.FromDecimal(d),
        DuckDbDecimal d => d,
        _ => throw new NotSupportedException($"A DECIMAL list cannot hold a {value.GetType()}."),
    };

    private static bool IsDecimal(Type type) => type == typeof(decimal) || type == typeof(DuckDbDecimal);

    /// <summary>The element CLR type: from IEnumerable&lt;T&gt;, else from the first non-null item, else string.</summary>
    private static Type ElementType(Type enumerableType, object?[] items)
    {
        var generic = enumerableType.GetInterfaces().Append(enumerableType)
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
        generic = generic is null ? null : Nullable.GetUnderlyingType(generic) ?? generic;
        if (generic is not null && generic != typeof(object))
        {
            return generic;
        }

        return items.FirstOrDefault(i => i is not null and not DBNull)?.GetType() ?? typeof(string);
    }

    private static LogicalTypeHandle LogicalTypeFor(Type type, byte decimalScale)
    {
        if (IsDecimal(type))
        {
            return NativeMethods.CreateDecimalType(DuckDbDecimal.MaxWidth, decimalScale);
        }

        var id = ScalarTypeFor(type);
        if (id != NativeType.Invalid)
        {
            return NativeMethods.CreateLogicalType(id);
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            using var child = LogicalTypeFor(ElementType(type, []), 0);
            return NativeMethods.CreateListType(child);
        }

        throw new NotSupportedException($"Cannot map CLR type {type} to a DuckDB type.");
    }

    private static NativeType ScalarTypeFor(Type type) => type switch
    {
        _ when type == typeof(bool) => NativeType.Boolean,
        _ when type == typeof(sbyte) => NativeType.TinyInt,
        _ when type == typeof(short) => NativeType.SmallInt,
        _ when type == typeof(int) => NativeType.Integer,
        _ when type == typeof(long) => NativeType.BigInt,
        _ when type == typeof(byte) => NativeType.UTinyInt,
        _ when type == typeof(ushort) => NativeType.USmallInt,
        _ when type == typeof(uint) => NativeType.UInteger,
        _ when type == typeof(ulong) => NativeType.UBigInt,
        _ when type == typeof(Int128) => NativeType.HugeInt,
        _ when type == typeof(UInt128) => NativeType.UHugeInt,
        _ when type == typeof(float) => NativeType.Float,
        _ when type == typeof(double) => NativeType.Double,
        _ when type == typeof(string) || type == typeof(Guid) => NativeType.Varchar,
        _ when type == typeof(byte[]) => NativeType.Blob,
        _ when type == typeof(DateOnly) || type == typeof(DuckDbDate) => NativeType.Date,
        _ when type == typeof(DateTime) => NativeType.Timestamp,
        _ when type == typeof(DateTimeOffset) => NativeType.TimestampTz,
        _ when type == typeof(TimeOnly) => NativeType.Time,
        _ when type == typeof(DuckDbInterval) => NativeType.Interval,
        _ => NativeType.Invalid,
    };
}
