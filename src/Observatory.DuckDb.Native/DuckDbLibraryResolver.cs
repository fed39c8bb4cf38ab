using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Observatory.DuckDb.Native;

/// <summary>
/// Resolves the <c>duckdb</c> library name used by every <see cref="LibraryImportAttribute"/> of this assembly.
/// Order: <c>$DUCKDB_LIBRARY_PATH</c>, then <c>AppContext.BaseDirectory/runtimes/linux-x64/native/libduckdb.so</c>,
/// then <c>AppContext.BaseDirectory/libduckdb.so</c>, then the runtime's default probing.
/// </summary>
internal static class DuckDbLibraryResolver
{
    internal const string LibraryName = "duckdb";

    internal const string PathVariable = "DUCKDB_LIBRARY_PATH";

#pragma warning disable CA2255 // A module initializer is the documented place to register a DllImportResolver.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        NativeLibrary.SetDllImportResolver(typeof(DuckDbLibraryResolver).Assembly, Resolve);

    /// <summary>Candidate paths, in probing order (the environment variable first when set).</summary>
    internal static IEnumerable<string> CandidatePaths()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            yield return fromEnvironment;
        }

        yield return Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libduckdb.so");
        yield return Path.Combine(AppContext.BaseDirectory, "libduckdb.so");
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != LibraryName)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in CandidatePaths())
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        // Default probing (LD_LIBRARY_PATH, system folders); IntPtr.Zero lets the runtime report the failure.
        return NativeLibrary.TryLoad("libduckdb.so", assembly, searchPath, out var fallback) ? fallback : IntPtr.Zero;
    }
}
