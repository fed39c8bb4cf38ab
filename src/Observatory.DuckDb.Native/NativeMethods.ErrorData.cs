using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_error_data_error_type")]
    internal static partial NativeErrorType ErrorDataErrorType(ErrorDataHandle errorData);

    /// <summary><c>duckdb_error_data_message</c> (borrowed; lives with the error data).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_error_data_message")]
    [return: MarshalUsing(typeof(BorrowedUtf8StringMarshaller))]
    internal static partial string? ErrorDataMessage(ErrorDataHandle errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_has_error")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ErrorDataHasError(ErrorDataHandle errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_error_data")]
    internal static partial void DestroyErrorData(ref IntPtr errorData);
}
