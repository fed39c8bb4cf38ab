using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// An open DuckDB database (in memory or one file).
/// </summary>
/// <remarks>
/// <para><b>One instance per file.</b> Every <see cref="Open"/> of the same canonical path in this process returns a
/// wrapper over the same DuckDB instance (DuckDB's instance cache), so there is never a second buffer pool or
/// catalogue for one file. Opening it again with different options fails with DuckDB's message. In-memory databases
/// (<c>null</c> or <c>":memory:"</c>) are separate on every open.</para>
/// <para><b>Lifetime.</b> Connections keep the instance alive: the file lock is released when the last wrapper is
/// disposed <i>and</i> the last connection is closed. Disposing in any order is safe.</para>
/// <para><b>Threading.</b> The database object may be shared by every thread (<see cref="Connect"/> is thread-safe).
/// Give each thread or request its own <see cref="DuckDbConnection"/>: a connection is used by one thread at a time.</para>
/// </remarks>
public sealed class DuckDbDatabase : IDisposable
{
    /// <summary>The path DuckDB treats as an in-memory database.</summary>
    public const string InMemoryPath = ":memory:";

    private static readonly Lazy<InstanceCacheHandle> InstanceCache = new(NativeMethods.CreateInstanceCache);

    private readonly DatabaseHandle _handle;

    private DuckDbDatabase(DatabaseHandle handle, string? path, DuckDbOptions options)
    {
        _handle = handle;
        Path = path;
        Options = options;
    }

    /// <summary>The canonical file path, or null for an in-memory database.</summary>
    public string? Path { get; }

    /// <summary>True for an in-memory database.</summary>
    public bool IsInMemory => Path is null;

    /// <summary>The options the database was opened with.</summary>
    public DuckDbOptions Options { get; }

    /// <summary>The loaded library's version (<c>duckdb_library_version</c>), e.g. <c>v1.5.6</c>.</summary>
    public static string LibraryVersion => NativeMethods.LibraryVersion() ?? string.Empty;

    /// <summary>
    /// Opens (or creates) a database. <paramref name="path"/> null or <c>":memory:"</c> opens a new in-memory database.
    /// </summary>
    /// <exception cref="ArgumentException">The options are malformed.</exception>
    /// <exception cref="DuckDbException">DuckDB refused to open, e.g. an unknown option or a file locked by another process
    /// ("Could not set lock on file").</exception>
    public static DuckDbDatabase Open(string? path, DuckDbOptions? options = null)
    {
        options ??= new DuckDbOptions();
        options.Validate();
        var inMemory = path is null || path == InMemoryPath;
        var canonical = inMemory ? null : CanonicalPath(path!);
        using var config = ConfigFactory.Create(options);
        DatabaseHandle handle;
        string? error;
        var state = inMemory
            ? NativeMethods.OpenExt(null, out handle, config, out error)
            : NativeMethods.GetOrCreateFromCache(InstanceCache.Value, canonical, out handle, config, out error);
        if (state != NativeState.Success)
        {
            handle.Dispose();
            throw new DuckDbException(ClassifyOpenError(error), error ?? $"DuckDB could not open '{path ?? InMemoryPath}'.");
        }

        return new DuckDbDatabase(handle, canonical, options);
    }

    /// <summary>Opens a new connection. Thread-safe.</summary>
    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (NativeMethods.Connect(_handle, out var connection) != NativeState.Success)
        {
            connection.Dispose();
            throw new DuckDbException(DuckDbErrorType.Connection, "DuckDB could not open a connection.");
        }

        return new DuckDbConnection(connection, this);
    }

    /// <summary>Closes this wrapper; open connections keep working until they are disposed.</summary>
    public void Dispose() => _handle.Dispose();

    private static string CanonicalPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var target = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) : null;
        return target?.FullName ?? full;
    }

    private static DuckDbErrorType ClassifyOpenError(string? error) => error switch
    {
        null => DuckDbErrorType.Invalid,
        _ when error.Contains("not recognized", StringComparison.OrdinalIgnoreCase) => DuckDbErrorType.InvalidConfiguration,
        _ when error.StartsWith("IO Error", StringComparison.Ordinal) => DuckDbErrorType.IO,
        _ when error.Contains("lock", StringComparison.OrdinalIgnoreCase) => DuckDbErrorType.IO,
        _ => DuckDbErrorType.Invalid,
    };
}
