using System.Reflection;
using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Tests;

/// <summary>
/// Lint over the raw interop: no deprecated C-API function is bound (DUCKDB-BINDING.md §12), and every bound entry
/// point exists in the loaded libduckdb.
/// </summary>
public sealed class NativeMethodsTests
{
    /// <summary>Deprecated in the 1.5.6 header (history: deprecated), kept here by hand.</summary>
    private static readonly HashSet<string> Deprecated = new(StringComparer.Ordinal)
    {
        // v1.0.0: result accessors
        "duckdb_row_count", "duckdb_column_data", "duckdb_nullmask_data", "duckdb_result_get_chunk",
        "duckdb_result_is_streaming", "duckdb_result_chunk_count",
        // v1.0.0: streaming
        "duckdb_stream_fetch_chunk", "duckdb_execute_prepared_streaming", "duckdb_pending_prepared_streaming",
        // v1.0.0: value accessors
        "duckdb_value_boolean", "duckdb_value_int8", "duckdb_value_int16", "duckdb_value_int32", "duckdb_value_int64",
        "duckdb_value_hugeint", "duckdb_value_uhugeint", "duckdb_value_decimal", "duckdb_value_uint8",
        "duckdb_value_uint16", "duckdb_value_uint32", "duckdb_value_uint64", "duckdb_value_float", "duckdb_value_double",
        "duckdb_value_date", "duckdb_value_time", "duckdb_value_timestamp", "duckdb_value_interval",
        "duckdb_value_varchar", "duckdb_value_string", "duckdb_value_varchar_internal", "duckdb_value_string_internal",
        "duckdb_value_blob", "duckdb_value_is_null",
        // v1.0.0: old Arrow API
        "duckdb_query_arrow", "duckdb_query_arrow_schema", "duckdb_query_arrow_array", "duckdb_prepared_arrow_schema",
        "duckdb_result_arrow_array", "duckdb_arrow_column_count", "duckdb_arrow_row_count", "duckdb_arrow_rows_changed",
        "duckdb_query_arrow_error", "duckdb_destroy_arrow", "duckdb_destroy_arrow_stream", "duckdb_execute_prepared_arrow",
        "duckdb_arrow_scan", "duckdb_arrow_array_scan",
        // v1.4.0
        "duckdb_appender_error",
    };

    public static IEnumerable<string> EntryPoints()
    {
        var nativeMethods = Assembly.Load("Observatory.DuckDb.Native").GetType("Observatory.DuckDb.Native.NativeMethods", throwOnError: true)!;
        return nativeMethods
            .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(m => m.GetCustomAttribute<LibraryImportAttribute>()?.EntryPoint)
            .OfType<string>();
    }

    [Fact]
    public void EntryPoints_NoneIsDeprecated()
    {
        var entryPoints = EntryPoints().ToList();
        Assert.True(entryPoints.Count > 80, $"expected the interop to declare its entry points, found {entryPoints.Count}");
        Assert.DoesNotContain(entryPoints, Deprecated.Contains);
        Assert.All(entryPoints, e => Assert.False(e.StartsWith("duckdb_value_", StringComparison.Ordinal) || e.Contains("arrow", StringComparison.Ordinal), e));
    }

    [Fact]
    public void EntryPoints_AllExportedByTheLibrary()
    {
        var library = NativeLibrary.Load(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libduckdb.so"));
        var missing = EntryPoints().Where(e => !NativeLibrary.TryGetExport(library, e, out _)).ToList();
        Assert.Empty(missing);
    }
}
