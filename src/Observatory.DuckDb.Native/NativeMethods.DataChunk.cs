using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_create_data_chunk</c>: an empty chunk of these column types (raw <c>duckdb_logical_type</c> pointers); destroy it.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_data_chunk")]
    internal static partial DataChunkHandle CreateDataChunk(IntPtr* types, ulong columnCount);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_reset")]
    internal static partial void DataChunkReset(DataChunkHandle chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    [SuppressGCTransition]
    internal static partial void DataChunkSetSize(DataChunkHandle chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    internal static partial void DestroyDataChunk(ref IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_column_count")]
    [SuppressGCTransition]
    internal static partial ulong DataChunkGetColumnCount(DataChunkHandle chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    [SuppressGCTransition]
    internal static partial ulong DataChunkGetSize(DataChunkHandle chunk);

    /// <summary><c>duckdb_data_chunk_get_vector</c>: borrowed from the chunk; never destroy it.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    [SuppressGCTransition]
    internal static partial IntPtr DataChunkGetVector(DataChunkHandle chunk, ulong column);
}
