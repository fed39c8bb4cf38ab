using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_open_ext</c>. On failure the error is heap memory, freed by the marshaller.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState OpenExt(
        string? path,
        out DatabaseHandle database,
        ConfigHandle config,
        [MarshalUsing(typeof(OwnedUtf8StringMarshaller))] out string? error);

    /// <summary><c>duckdb_close</c>: deletes the wrapper; connections keep the instance alive.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    internal static partial void Close(ref IntPtr database);

    /// <summary><c>duckdb_create_instance_cache</c>; destroy with <c>duckdb_destroy_instance_cache</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_instance_cache")]
    internal static partial InstanceCacheHandle CreateInstanceCache();

    /// <summary><c>duckdb_get_or_create_from_cache</c>: one instance per database path in this cache.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_get_or_create_from_cache", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState GetOrCreateFromCache(
        InstanceCacheHandle cache,
        string? path,
        out DatabaseHandle database,
        ConfigHandle config,
        [MarshalUsing(typeof(OwnedUtf8StringMarshaller))] out string? error);

    /// <summary><c>duckdb_destroy_instance_cache</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_instance_cache")]
    internal static partial void DestroyInstanceCache(ref IntPtr cache);

    /// <summary><c>duckdb_connect</c>; close with <c>duckdb_disconnect</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    internal static partial NativeState Connect(DatabaseHandle database, out ConnectionHandle connection);

    /// <summary><c>duckdb_disconnect</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    internal static partial void Disconnect(ref IntPtr connection);

    /// <summary><c>duckdb_interrupt</c>: thread-safe; the flag resets when the next query starts.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    internal static partial void Interrupt(ConnectionHandle connection);

    /// <summary><c>duckdb_query_progress</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_query_progress")]
    internal static partial NativeQueryProgress QueryProgress(ConnectionHandle connection);

    /// <summary><c>duckdb_library_version</c> (borrowed string).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    [return: MarshalUsing(typeof(BorrowedUtf8StringMarshaller))]
    internal static partial string? LibraryVersion();

    /// <summary><c>duckdb_free</c>: frees memory returned by DuckDB (strings marked "must be freed").</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    internal static partial void Free(void* pointer);

    /// <summary><c>duckdb_vector_size</c>: the maximum rows per chunk (2048).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_vector_size")]
    [SuppressGCTransition]
    internal static partial ulong VectorSize();
}
