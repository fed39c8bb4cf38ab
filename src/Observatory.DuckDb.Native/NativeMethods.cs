namespace Observatory.DuckDb.Native;

/// <summary>
/// Raw <c>[LibraryImport]</c> declarations of the DuckDB C API (libduckdb 1.5.6), one partial per C-API module.
/// Only non-deprecated functions are declared. Nothing here throws: functions return <see cref="NativeState"/>
/// and the safe layer (<c>Observatory.DuckDb</c>) checks it.
/// </summary>
internal static partial class NativeMethods
{
    internal const string Library = DuckDbLibraryResolver.LibraryName;
}
