using Observatory.DuckDb.Native;

namespace Observatory.DuckDb;

public sealed partial class DuckDbConnection
{
    /// <summary>
    /// Asks the running query to stop; it then fails with <see cref="DuckDbErrorType.Interrupt"/>. Thread-safe, and a
    /// no-op when nothing runs or the connection is already disposed. The flag resets when the next query starts.
    /// </summary>
    public void Interrupt()
    {
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            NativeMethods.Interrupt(_handle);
        }
        catch (ObjectDisposedException)
        {
            // Closed meanwhile: nothing runs any more.
        }
        finally
        {
            if (added)
            {
                _handle.DangerousRelease();
            }
        }
    }

    /// <summary>Progress of the running query; <see cref="DuckDbQueryProgress.Unknown"/> when closed. Thread-safe.</summary>
    public DuckDbQueryProgress Progress
    {
        get
        {
            var added = false;
            try
            {
                _handle.DangerousAddRef(ref added);
                var progress = NativeMethods.QueryProgress(_handle);
                return new DuckDbQueryProgress(progress.Percentage, progress.RowsProcessed, progress.TotalRowsToProcess);
            }
            catch (ObjectDisposedException)
            {
                return DuckDbQueryProgress.Unknown;
            }
            finally
            {
                if (added)
                {
                    _handle.DangerousRelease();
                }
            }
        }
    }

    /// <summary>
    /// Runs <see cref="Query"/> on a thread-pool thread; cancelling <paramref name="cancellationToken"/> interrupts the
    /// query, which then throws <see cref="OperationCanceledException"/> (not <see cref="DuckDbException"/>). A query that
    /// completes before the interrupt lands returns its result normally.
    /// </summary>
    public async Task<DuckDbResult> QueryAsync(string sql, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sql);
        cancellationToken.ThrowIfCancellationRequested();
        var query = Task.Run(() => Query(sql), CancellationToken.None);
        using var registration = cancellationToken.Register(() => _ = InterruptUntilDoneAsync(query));
        try
        {
            return await query.ConfigureAwait(false);
        }
        catch (DuckDbException exception) when (exception.ErrorType == DuckDbErrorType.Interrupt && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The DuckDB query was interrupted.", exception, cancellationToken);
        }
    }

    /// <summary>Interrupts repeatedly: an interrupt that lands before the query starts is reset by it.</summary>
    private async Task InterruptUntilDoneAsync(Task query)
    {
        while (!query.IsCompleted)
        {
            Interrupt();
            await Task.WhenAny(query, Task.Delay(50)).ConfigureAwait(false);
        }
    }
}
