using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_prepare</c>; always destroy with <c>duckdb_destroy_prepare</c>, even after a failure.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_prepare", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState Prepare(ConnectionHandle connection, string query, out PreparedStatementHandle statement);

    /// <summary><c>duckdb_destroy_prepare</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    internal static partial void DestroyPrepare(ref IntPtr statement);

    /// <summary><c>duckdb_prepare_error</c> (borrowed).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    [return: MarshalUsing(typeof(BorrowedUtf8StringMarshaller))]
    internal static partial string? PrepareError(PreparedStatementHandle statement);

    /// <summary><c>duckdb_nparams</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    internal static partial ulong ParameterCount(PreparedStatementHandle statement);

    /// <summary><c>duckdb_parameter_name</c> (1-based; caller-owned, freed with <c>duckdb_free</c>).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_parameter_name")]
    [return: MarshalUsing(typeof(OwnedUtf8StringMarshaller))]
    internal static partial string? ParameterName(PreparedStatementHandle statement, ulong index);

    /// <summary><c>duckdb_param_type</c>: INVALID when DuckDB cannot infer the type.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_param_type")]
    internal static partial NativeType ParameterType(PreparedStatementHandle statement, ulong index);

    /// <summary><c>duckdb_bind_parameter_index</c>: the 1-based index of a named parameter.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState BindParameterIndex(PreparedStatementHandle statement, out ulong index, string name);

    /// <summary><c>duckdb_clear_bindings</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    internal static partial NativeState ClearBindings(PreparedStatementHandle statement);

    /// <summary><c>duckdb_prepared_statement_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_type")]
    internal static partial NativeStatementType PreparedStatementType(PreparedStatementHandle statement);

    /// <summary><c>duckdb_execute_prepared</c>: materialized result; destroy it even on error.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    internal static partial NativeState ExecutePrepared(PreparedStatementHandle statement, NativeResult* result);
}
