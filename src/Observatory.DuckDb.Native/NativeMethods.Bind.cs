using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_bind_value")]
    internal static partial NativeState BindValue(PreparedStatementHandle statement, ulong index, ValueHandle value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    internal static partial NativeState BindBoolean(PreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int8")]
    internal static partial NativeState BindInt8(PreparedStatementHandle statement, ulong index, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int16")]
    internal static partial NativeState BindInt16(PreparedStatementHandle statement, ulong index, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    internal static partial NativeState BindInt32(PreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    internal static partial NativeState BindInt64(PreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_hugeint")]
    internal static partial NativeState BindHugeInt(PreparedStatementHandle statement, ulong index, NativeHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uhugeint")]
    internal static partial NativeState BindUHugeInt(PreparedStatementHandle statement, ulong index, NativeUHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_decimal")]
    internal static partial NativeState BindDecimal(PreparedStatementHandle statement, ulong index, NativeDecimal value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint8")]
    internal static partial NativeState BindUInt8(PreparedStatementHandle statement, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint16")]
    internal static partial NativeState BindUInt16(PreparedStatementHandle statement, ulong index, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint32")]
    internal static partial NativeState BindUInt32(PreparedStatementHandle statement, ulong index, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint64")]
    internal static partial NativeState BindUInt64(PreparedStatementHandle statement, ulong index, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_float")]
    internal static partial NativeState BindFloat(PreparedStatementHandle statement, ulong index, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    internal static partial NativeState BindDouble(PreparedStatementHandle statement, ulong index, double value);

    /// <summary><c>duckdb_bind_date</c>: <c>duckdb_date</c> is a struct of one int32 (days since 1970-01-01).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    internal static partial NativeState BindDate(PreparedStatementHandle statement, ulong index, int days);

    /// <summary><c>duckdb_bind_time</c>: microseconds since midnight.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_time")]
    internal static partial NativeState BindTime(PreparedStatementHandle statement, ulong index, long micros);

    /// <summary><c>duckdb_bind_timestamp</c>: microseconds since the epoch.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    internal static partial NativeState BindTimestamp(PreparedStatementHandle statement, ulong index, long micros);

    /// <summary><c>duckdb_bind_timestamp_tz</c>: microseconds since the epoch, UTC.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp_tz")]
    internal static partial NativeState BindTimestampTz(PreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_interval")]
    internal static partial NativeState BindInterval(PreparedStatementHandle statement, ulong index, NativeInterval value);

    /// <summary><c>duckdb_bind_varchar_length</c>: UTF-8 bytes, no terminator needed.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    internal static partial NativeState BindVarcharLength(PreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    internal static partial NativeState BindBlob(PreparedStatementHandle statement, ulong index, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    internal static partial NativeState BindNull(PreparedStatementHandle statement, ulong index);
}
