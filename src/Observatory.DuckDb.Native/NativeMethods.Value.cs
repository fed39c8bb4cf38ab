using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>Value constructors: every returned <c>duckdb_value</c> must be destroyed with <c>duckdb_destroy_value</c>.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    internal static partial void DestroyValue(ref IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_varchar_length")]
    internal static partial ValueHandle CreateVarcharLength(byte* text, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_bool")]
    internal static partial ValueHandle CreateBool([MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int8")]
    internal static partial ValueHandle CreateInt8(sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint8")]
    internal static partial ValueHandle CreateUInt8(byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int16")]
    internal static partial ValueHandle CreateInt16(short value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint16")]
    internal static partial ValueHandle CreateUInt16(ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int32")]
    internal static partial ValueHandle CreateInt32(int value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint32")]
    internal static partial ValueHandle CreateUInt32(uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int64")]
    internal static partial ValueHandle CreateInt64(long value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint64")]
    internal static partial ValueHandle CreateUInt64(ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_hugeint")]
    internal static partial ValueHandle CreateHugeInt(NativeHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uhugeint")]
    internal static partial ValueHandle CreateUHugeInt(NativeUHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_decimal")]
    internal static partial ValueHandle CreateDecimal(NativeDecimal value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_float")]
    internal static partial ValueHandle CreateFloat(float value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_double")]
    internal static partial ValueHandle CreateDouble(double value);

    /// <summary><c>duckdb_create_date</c>: days since 1970-01-01.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_date")]
    internal static partial ValueHandle CreateDate(int days);

    /// <summary><c>duckdb_create_time</c>: microseconds since midnight.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_time")]
    internal static partial ValueHandle CreateTime(long micros);

    /// <summary><c>duckdb_create_timestamp</c>: microseconds since the epoch.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_timestamp")]
    internal static partial ValueHandle CreateTimestamp(long micros);

    /// <summary><c>duckdb_create_timestamp_tz</c>: microseconds since the epoch, UTC.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_timestamp_tz")]
    internal static partial ValueHandle CreateTimestampTz(long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_create_interval")]
    internal static partial ValueHandle CreateInterval(NativeInterval value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_blob")]
    internal static partial ValueHandle CreateBlob(byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_null_value")]
    internal static partial ValueHandle CreateNullValue();

    /// <summary><c>duckdb_create_list_value</c>: the values are copied; destroy them and the type afterwards.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_list_value")]
    internal static partial ValueHandle CreateListValue(LogicalTypeHandle childType, IntPtr* values, ulong count);
}
