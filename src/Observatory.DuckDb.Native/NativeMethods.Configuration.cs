using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace Observatory.DuckDb.Native;

internal static partial class NativeMethods
{
    /// <summary><c>duckdb_create_config</c>; destroy with <c>duckdb_destroy_config</c> after opening.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_config")]
    internal static partial NativeState CreateConfig(out ConfigHandle config);

    /// <summary><c>duckdb_config_count</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_config_count")]
    internal static partial nuint ConfigCount();

    /// <summary><c>duckdb_get_config_flag</c>: name and description are borrowed.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_get_config_flag")]
    internal static partial NativeState GetConfigFlag(
        nuint index,
        [MarshalUsing(typeof(BorrowedUtf8StringMarshaller))] out string? name,
        [MarshalUsing(typeof(BorrowedUtf8StringMarshaller))] out string? description);

    /// <summary><c>duckdb_set_config</c>: unknown names are only reported by <c>duckdb_open_ext</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_set_config", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial NativeState SetConfig(ConfigHandle config, string name, string option);

    /// <summary><c>duckdb_destroy_config</c>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_config")]
    internal static partial void DestroyConfig(ref IntPtr config);
}
