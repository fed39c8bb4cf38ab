using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_query</c>: materialized result; destroy the result even on error.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState Query(ConnectionHandle connection, string query, NativeResult* result);

    /// <summary><c>duckdb_destroy_result</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    internal static partial void DestroyResult(NativeResult* result);

    /// <summary><c>duckdb_column_name</c> (borrowed, lives with the result).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    [return: MarshalUsing(typeof(BorrowedUtf8StringMarshaller))]
    internal static partial string? ColumnName(NativeResult* result, ulong column);

    /// <summary><c>duckdb_column_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_column_type")]
    internal static partial NativeType ColumnType(NativeResult* result, ulong column);

    /// <summary><c>duckdb_column_logical_type</c>: must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    internal static partial LogicalTypeHandle ColumnLogicalType(NativeResult* result, ulong column);

    /// <summary><c>duckdb_column_count</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    internal static partial ulong ColumnCount(NativeResult* result);

    /// <summary><c>duckdb_rows_changed</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    internal static partial ulong RowsChanged(NativeResult* result);

    /// <summary><c>duckdb_result_error</c> (borrowed; NULL when there is no error).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    [return: MarshalUsing(typeof(BorrowedUtf8StringMarshaller))]
    internal static partial string? ResultError(NativeResult* result);

    /// <summary><c>duckdb_result_error_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_result_error_type")]
    internal static partial NativeErrorType ResultErrorType(NativeResult* result);

    /// <summary><c>duckdb_result_return_type</c> (result passed by value).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    internal static partial NativeResultType ResultReturnType(NativeResult result);

    /// <summary><c>duckdb_result_statement_type</c> (result passed by value).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_result_statement_type")]
    internal static partial NativeStatementType ResultStatementType(NativeResult result);

    /// <summary>
    /// <c>duckdb_fetch_chunk</c> (result passed by value): the next chunk, or NULL at the end or on error.
    /// The chunk must be destroyed with <c>duckdb_destroy_data_chunk</c>.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    internal static partial DataChunkHandle FetchChunk(NativeResult result);
}
