using System.Collections.Concurrent;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// The per-request set of DataLoaders and their dispatcher. The executor opens a scheduling scope while it
/// starts sibling fields or list items; when the outermost scope closes, every queued key is sent in one
/// batch per loader. Loads requested outside any scope (after a resolver's own I/O) are dispatched on the
/// thread pool shortly after.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    private int _depth;
    private int _dispatchQueued;

    public DataLoaderRegistry(CancellationToken cancellationToken = default)
    {
        _cancellationToken = cancellationToken;
    }

    /// <summary>True while the executor is scheduling (loads are then batched at scope exit).</summary>
    internal bool IsScheduling => Volatile.Read(ref _depth) > 0;

    /// <summary>The loader named <paramref name="key"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var loader = _loaders.GetOrAdd(key, _ => new DataLoader<TKey, TValue>(batch, this, _cancellationToken));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"DataLoader \"{key}\" was created with other key or value types.");
    }

    /// <summary>Opens a scheduling scope; dispose it to close the scope (and dispatch if it was the outermost).</summary>
    public Scope EnterScope()
    {
        Interlocked.Increment(ref _depth);
        return new Scope(this);
    }

    /// <summary>Sends every queued key now.</summary>
    public void DispatchAll()
    {
        while (_loaders.Values.OfType<IDispatchableLoader>().Any(loader => loader.HasPending))
        {
            Interlocked.Increment(ref _depth);
            try
            {
                foreach (var loader in _loaders.Values.OfType<IDispatchableLoader>())
                {
                    loader.Dispatch();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _depth);
            }
        }
    }

    /// <summary>Called by a loader that queued a key outside any scope: dispatches it soon on the thread pool.</summary>
    internal void QueueDispatch(IDispatchableLoader loader)
    {
        if (Interlocked.Exchange(ref _dispatchQueued, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(
                static state =>
                {
                    var (registry, loader) = state;
                    Volatile.Write(ref registry._dispatchQueued, 0);
                    using (registry.EnterScope())
                    {
                        loader.Dispatch();
                    }
                },
                (this, loader),
                preferLocal: false);
        }
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref _depth) == 0)
        {
            DispatchAll();
        }
    }

    /// <summary>A scheduling scope.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly DataLoaderRegistry _registry;

        internal Scope(DataLoaderRegistry registry)
        {
            _registry = registry;
        }

        public void Dispose() => _registry?.Exit();
    }
}
