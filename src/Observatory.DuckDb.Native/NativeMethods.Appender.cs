using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_appender_create</c>; always destroy with <c>duckdb_appender_destroy</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState AppenderCreate(ConnectionHandle connection, string? schema, string table, out AppenderHandle appender);

    /// <summary><c>duckdb_appender_column_type</c>: must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_type")]
    internal static partial LogicalTypeHandle AppenderColumnType(AppenderHandle appender, ulong column);

    /// <summary><c>duckdb_append_data_chunk</c>: appends a whole chunk whose column types match the table's.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_append_data_chunk")]
    internal static partial NativeState AppendDataChunk(AppenderHandle appender, DataChunkHandle chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_count")]
    internal static partial ulong AppenderColumnCount(AppenderHandle appender);

    /// <summary><c>duckdb_appender_error_data</c>: must be destroyed with <c>duckdb_destroy_error_data</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_error_data")]
    internal static partial ErrorDataHandle AppenderErrorData(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    internal static partial NativeState AppenderFlush(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    internal static partial NativeState AppenderClose(AppenderHandle appender);

    /// <summary><c>duckdb_appender_destroy</c>: flushes, closes and frees; call it even after errors.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    internal static partial NativeState AppenderDestroy(ref IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_clear")]
    internal static partial NativeState AppenderClear(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    internal static partial NativeState AppenderEndRow(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_default")]
    internal static partial NativeState AppendDefault(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    internal static partial NativeState AppendNull(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    internal static partial NativeState AppendBool(AppenderHandle appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int8")]
    internal static partial NativeState AppendInt8(AppenderHandle appender, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int16")]
    internal static partial NativeState AppendInt16(AppenderHandle appender, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    internal static partial NativeState AppendInt32(AppenderHandle appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    internal static partial NativeState AppendInt64(AppenderHandle appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_hugeint")]
    internal static partial NativeState AppendHugeInt(AppenderHandle appender, NativeHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint8")]
    internal static partial NativeState AppendUInt8(AppenderHandle appender, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint16")]
    internal static partial NativeState AppendUInt16(AppenderHandle appender, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint32")]
    internal static partial NativeState AppendUInt32(AppenderHandle appender, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint64")]
    internal static partial NativeState AppendUInt64(AppenderHandle appender, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uhugeint")]
    internal static partial NativeState AppendUHugeInt(AppenderHandle appender, NativeUHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_float")]
    internal static partial NativeState AppendFloat(AppenderHandle appender, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    internal static partial NativeState AppendDouble(AppenderHandle appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_date")]
    internal static partial NativeState AppendDate(AppenderHandle appender, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_append_time")]
    internal static partial NativeState AppendTime(AppenderHandle appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    internal static partial NativeState AppendTimestamp(AppenderHandle appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_interval")]
    internal static partial NativeState AppendInterval(AppenderHandle appender, NativeInterval value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    internal static partial NativeState AppendVarcharLength(AppenderHandle appender, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_blob")]
    internal static partial NativeState AppendBlob(AppenderHandle appender, byte* data, ulong length);

    /// <summary><c>duckdb_append_value</c>: the value is copied; destroy it afterwards.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_append_value")]
    internal static partial NativeState AppendValue(AppenderHandle appender, ValueHandle value);
}
