using System.Diagnostics;
using Observatory.Core.Home;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Access;

/// <summary>
/// Read-only access to the warehouse published in a data home, safe to share between threads. The pointer
/// <c>warehouse/current</c> is read at most once per <see cref="CheckInterval"/>; when it names another build, that
/// build is opened (read-only, no extension autoload or autoinstall), new leases go to it and the previous edition is
/// disposed when its last lease returns, so a request in flight is never failed by a publish.
/// </summary>
public sealed class PublishedWarehouse : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceCheck = new();
    private WarehouseEdition? _current;
    private bool _disposed;

    public PublishedWarehouse(DataHome home, TimeSpan? checkInterval = null)
    {
        Home = home ?? throw new ArgumentNullException(nameof(home));
        CheckInterval = checkInterval ?? TimeSpan.FromMilliseconds(500);
    }

    public DataHome Home { get; }

    /// <summary>Least time between two reads of the pointer file.</summary>
    public TimeSpan CheckInterval { get; }

    /// <summary>The options every edition is opened with.</summary>
    public static DuckDbOptions ReadOnlyOptions { get; } = new()
    {
        AccessMode = DuckDbAccessMode.ReadOnly,
        AutoInstallExtensions = false,
        AutoLoadExtensions = false,
    };

    /// <summary>
    /// Leases the current edition (after picking up a new publish if the pointer changed).
    /// </summary>
    /// <exception cref="WarehouseUnavailableException">Nothing is published (French message).</exception>
    public EditionLease Acquire()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_current is null || !_sinceCheck.IsRunning || _sinceCheck.Elapsed >= CheckInterval)
            {
                Refresh();
            }

            if (_current is null || !_current.TryAddLease())
            {
                throw new WarehouseUnavailableException();
            }

            return new EditionLease(_current);
        }
    }

    /// <summary>Reads the pointer now (ignoring the interval) and switches edition if it changed.</summary>
    public void CheckNow()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Refresh();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current?.Retire();
            _current = null;
        }
    }

    private void Refresh()
    {
        _sinceCheck.Restart();
        string? path;
        try
        {
            path = Home.TryGetPublishedWarehouse(out _);
        }
        catch (IOException)
        {
            return; // the pointer is being replaced: keep serving the current edition, look again next time
        }

        if (path is null || (_current is not null && string.Equals(_current.Path, path, StringComparison.Ordinal)))
        {
            return; // never published, or a missing build, or unchanged: keep what we have, if anything
        }

        DuckDbDatabase database;
        try
        {
            database = DuckDbDatabase.Open(path, ReadOnlyOptions);
        }
        catch (DuckDbException)
        {
            return; // a broken or vanished file: keep serving the previous edition
        }

        var previous = _current;
        _current = new WarehouseEdition(database, path);
        previous?.Retire();
    }
}
