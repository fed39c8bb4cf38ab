using System.Collections.Concurrent;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Access;

/// <summary>
/// One published build opened read-only: its database, a pool of idle connections, per-edition caches and a count of
/// the leases handed out. Once retired (a newer build was published), it disposes itself when its last lease returns.
/// </summary>
public sealed class WarehouseEdition
{
    private const int MaxIdleConnections = 16;

    private readonly DuckDbDatabase _database;
    private readonly ConcurrentBag<DuckDbConnection> _idle = [];
    private readonly ConcurrentDictionary<Type, Lazy<object>> _caches = new();
    private readonly Lock _lock = new();
    private int _leases;
    private bool _retired;
    private bool _disposed;

    internal WarehouseEdition(DuckDbDatabase database, string path)
    {
        _database = database;
        Path = path;
        RunId = System.IO.Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>Absolute path of the build file.</summary>
    public string Path { get; }

    /// <summary>The build's run id (its file name without extension).</summary>
    public string RunId { get; }

    /// <summary>True once disposed (retired and every lease returned).</summary>
    public bool IsDisposed
    {
        get
        {
            lock (_lock)
            {
                return _disposed;
            }
        }
    }

    /// <summary>Number of leases currently held.</summary>
    public int ActiveLeases => Volatile.Read(ref _leases);

    /// <summary>A value computed once per edition (e.g. the dimension tables held in memory).</summary>
    public T GetOrCreate<T>(Func<WarehouseEdition, T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var lazy = _caches.GetOrAdd(typeof(T), _ => new Lazy<object>(() => factory(this), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            _caches.TryRemove(new KeyValuePair<Type, Lazy<object>>(typeof(T), lazy));
            throw;
        }
    }

    /// <summary>Borrows a connection; dispose the <see cref="PooledConnection"/> to give it back.</summary>
    public PooledConnection Rent()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
        }

        return new PooledConnection(this, _idle.TryTake(out var connection) ? connection : _database.Connect());
    }

    internal void Return(DuckDbConnection connection)
    {
        lock (_lock)
        {
            if (!_disposed && _idle.Count < MaxIdleConnections)
            {
                _idle.Add(connection);
                return;
            }
        }

        connection.Dispose();
    }

    internal bool TryAddLease()
    {
        lock (_lock)
        {
            if (_retired)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    internal void ReleaseLease()
    {
        lock (_lock)
        {
            _leases--;
            if (_retired && _leases == 0)
            {
                DisposeCore();
            }
        }
    }

    /// <summary>Stops handing out leases; disposes now when none is held, else when the last one returns.</summary>
    internal void Retire()
    {
        lock (_lock)
        {
            _retired = true;
            if (_leases == 0)
            {
                DisposeCore();
            }
        }
    }

    private void DisposeCore()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }

        _database.Dispose();
    }
}
