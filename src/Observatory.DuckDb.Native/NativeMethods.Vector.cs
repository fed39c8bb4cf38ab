using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>Vectors are borrowed from their chunk (raw pointers, never destroyed); all getters are trivial.</summary>
internal static unsafe partial class NativeMethods
{
    /// <summary><c>duckdb_vector_get_column_type</c>: must be destroyed with <c>duckdb_destroy_logical_type</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_column_type")]
    internal static partial LogicalTypeHandle VectorGetColumnType(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    [SuppressGCTransition]
    internal static partial void* VectorGetData(IntPtr vector);

    /// <summary><c>duckdb_vector_get_validity</c>: NULL means every row is valid.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    [SuppressGCTransition]
    internal static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_child")]
    [SuppressGCTransition]
    internal static partial IntPtr ListVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_size")]
    [SuppressGCTransition]
    internal static partial ulong ListVectorGetSize(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_vector_get_child")]
    [SuppressGCTransition]
    internal static partial IntPtr StructVectorGetChild(IntPtr vector, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_array_vector_get_child")]
    [SuppressGCTransition]
    internal static partial IntPtr ArrayVectorGetChild(IntPtr vector);
}
