using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// A connection: runs queries, prepares statements and creates appenders.
/// </summary>
/// <remarks>
/// <para><b>Threading.</b> A connection has a single owner: it may move between threads, but only one thread uses it at a
/// time, and its statements, results and appenders belong to that owner too. Only <see cref="Interrupt"/> and
/// <see cref="Progress"/> may be called from any thread, also while a query runs or races with <see cref="Dispose"/>.
/// Use one connection per concurrently executing thread or request; the <see cref="DuckDbDatabase"/> is shared.</para>
/// <para><b>Blocking.</b> <see cref="Query"/>, <see cref="Execute"/> and friends block the calling thread for the whole
/// query; DuckDB runs it on up to <see cref="DuckDbOptions.Threads"/> workers.</para>
/// <para><b>Several statements.</b> A SQL string with several statements runs them all (any failure fails the whole
/// call), but the returned result is the <i>first</i> statement's.</para>
/// <para><b>Disposal.</b> Results, statements and appenders keep the native connection alive until they are disposed,
/// so any dispose order is safe.</para>
/// </remarks>
public sealed partial class DuckDbConnection : IDisposable
{
    private readonly ConnectionHandle _handle;

    internal DuckDbConnection(ConnectionHandle handle, DuckDbDatabase database)
    {
        _handle = handle;
        Database = database;
    }

    /// <summary>The database this connection belongs to.</summary>
    public DuckDbDatabase Database { get; }

    internal ConnectionHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns its materialized result (dispose it).</summary>
    /// <exception cref="DuckDbException">The statement failed (an interrupt gives <see cref="DuckDbErrorType.Interrupt"/>).</exception>
    public unsafe DuckDbResult Query(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var handle = Handle;
        var result = ResultHandle.Allocate();
        result.TrySetParent(handle);
        if (NativeMethods.Query(handle, sql, result.Pointer) != NativeState.Success)
        {
            var exception = NativeErrors.FromResult(result);
            result.Dispose();
            throw exception;
        }

        return new DuckDbResult(result);
    }

    /// <summary>Runs <paramref name="sql"/> and returns the number of rows it changed (0 for other statements).</summary>
    public long Execute(string sql)
    {
        using var result = Query(sql);
        return result.RowsChanged;
    }

    /// <summary>Prepares a statement with positional (<c>$1</c>, <c>?</c>) or named (<c>$name</c>) parameters.</summary>
    /// <exception cref="DuckDbException">The SQL does not parse or bind.</exception>
    public DuckDbStatement Prepare(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var handle = Handle;
        var state = NativeMethods.Prepare(handle, sql, out var statement);
        if (state != NativeState.Success)
        {
            var message = NativeMethods.PrepareError(statement) ?? "DuckDB could not prepare the statement.";
            statement.Dispose();
            throw new DuckDbException(ClassifyPrepareError(message), message);
        }

        statement.TrySetParent(handle);
        return new DuckDbStatement(statement);
    }

    /// <summary>Creates an appender that bulk-inserts rows into <paramref name="schema"/>.<paramref name="table"/>.</summary>
    /// <param name="schema">The schema, or null for the default (<c>main</c>).</param>
    /// <param name="table">The table.</param>
    public DuckDbAppender CreateAppender(string? schema, string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var handle = Handle;
        if (NativeMethods.AppenderCreate(handle, schema, table, out var appender) != NativeState.Success)
        {
            var exception = appender.IsInvalid
                ? new DuckDbException(DuckDbErrorType.Catalog, $"Could not create an appender for table '{table}'.")
                : NativeErrors.FromAppender(appender, "creation");
            appender.Dispose();
            throw exception;
        }

        appender.TrySetParent(handle);
        return new DuckDbAppender(appender);
    }

    /// <summary>Closes the connection (natively, once its results, statements and appenders are disposed too).</summary>
    public void Dispose() => _handle.Dispose();

    private static DuckDbErrorType ClassifyPrepareError(string message)
    {
        // duckdb_prepare has no error-type getter: DuckDB messages start with "<Type> Error: ".
        var colon = message.IndexOf(" Error:", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return DuckDbErrorType.Invalid;
        }

        var name = message[..colon].Replace(" ", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<DuckDbErrorType>(name, ignoreCase: true, out var type) ? type : DuckDbErrorType.Invalid;
    }
}
