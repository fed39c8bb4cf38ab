using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

internal static partial class NativeMethods
{
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
