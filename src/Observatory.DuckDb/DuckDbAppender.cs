using Observatory.DuckDb.Internal;
using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

/// <summary>
/// Bulk insert into one table, row by row: <see cref="AppendRow"/>, or <c>Append…</c> for each column then
/// <see cref="EndRow"/>. Rows are buffered and written by <see cref="Flush"/>, <see cref="Close"/> or
/// <see cref="Dispose"/>. A flush is all-or-nothing: on a constraint violation none of the buffered rows land and the
/// appender cannot be reused. Bound to its connection's thread.
/// </summary>
public sealed partial class DuckDbAppender : IDisposable
{
    private readonly AppenderHandle _handle;

    internal DuckDbAppender(AppenderHandle handle)
    {
        _handle = handle;
        ColumnCount = checked((int)NativeMethods.AppenderColumnCount(handle));
    }

    /// <summary>Columns of the target table.</summary>
    public int ColumnCount { get; }

    private AppenderHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Appends one complete row (CLR mapping as for statement parameters).</summary>
    public DuckDbAppender AppendRow(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Append(value);
        }

        EndRow();
        return this;
    }

    /// <summary>Finishes the current row.</summary>
    public void EndRow() => Check(NativeMethods.AppenderEndRow(Handle), "end of row");

    /// <summary>Writes the buffered rows to the table.</summary>
    /// <exception cref="DuckDbException">A constraint failed: no buffered row was written.</exception>
    public void Flush() => Check(NativeMethods.AppenderFlush(Handle), "flush");

    /// <summary>Flushes and closes the appender.</summary>
    public void Close() => Check(NativeMethods.AppenderClose(Handle), "close");

    /// <summary>Discards the buffered rows.</summary>
    public void Clear() => Check(NativeMethods.AppenderClear(Handle), "clear");

    /// <summary>Destroys the appender (which flushes what is still buffered; errors at this point are ignored).</summary>
    public void Dispose() => _handle.Dispose();

    private void Check(NativeState state, string operation)
    {
        if (state != NativeState.Success)
        {
            throw NativeErrors.FromAppender(_handle, operation);
        }
    }
}
