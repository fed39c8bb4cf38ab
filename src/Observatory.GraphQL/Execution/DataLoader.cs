namespace Observatory.GraphQL.Execution;

/// <summary>
/// Batches and caches loads by key for one request. <see cref="LoadAsync"/> queues a key; the executor
/// dispatches every queued key in one call to the batch function once it has scheduled all siblings of a
/// level. A key missing from the batch result loads as <c>default</c>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _pending = [];
    private readonly Lock _lock = new();

    /// <summary>Creates a loader; without a registry, every load is dispatched on the thread pool.</summary>
    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        DataLoaderRegistry? registry = null,
        CancellationToken cancellationToken = default)
    {
        _batch = batch ?? throw new ArgumentNullException(nameof(batch));
        _registry = registry ?? new DataLoaderRegistry(cancellationToken);
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many times the batch function has been called.</summary>
    public int BatchCount { get; private set; }

    bool IDispatchableLoader.HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Loads one value, from the cache or in the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        var task = Enqueue(key, out var queuedOutsideScope);
        if (queuedOutsideScope)
        {
            _registry.QueueDispatch(this);
        }

        return task;
    }

    /// <summary>Loads several values in one batch: every key is queued before a dispatch can start.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var queuedOutsideScope = false;
        var tasks = new List<Task<TValue?>>();
        foreach (var key in keys)
        {
            tasks.Add(Enqueue(key, out var outside));
            queuedOutsideScope |= outside;
        }

        if (queuedOutsideScope)
        {
            _registry.QueueDispatch(this);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>The cached task of <paramref name="key"/>, or a new pending one; says whether it was queued outside a scheduling scope.</summary>
    private Task<TValue?> Enqueue(TKey key, out bool queuedOutsideScope)
    {
        lock (_lock)
        {
            queuedOutsideScope = false;
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TValue?>();
            _pending.Add((key, completion));
            _cache[key] = completion.Task;
            queuedOutsideScope = !_registry.IsScheduling;
            return completion.Task;
        }
    }

    void IDispatchableLoader.Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = [.. _pending];
            _pending.Clear();
            BatchCount++;
        }

        Task<IReadOnlyDictionary<TKey, TValue>> call;
        try
        {
            call = _batch(batch.ConvertAll(item => item.Key), _cancellationToken);
        }
        catch (Exception exception)
        {
            call = Task.FromException<IReadOnlyDictionary<TKey, TValue>>(exception);
        }

        if (call.IsCompleted)
        {
            Complete(call, batch);
        }
        else
        {
            call.ContinueWith(
                (finished, state) => Complete(finished, (List<(TKey, TaskCompletionSource<TValue?>)>)state!),
                batch,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private void Complete(Task<IReadOnlyDictionary<TKey, TValue>> call, List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch)
    {
        // Completing inside a scope lets the continuations (next level's loads) batch together.
        using var scope = _registry.EnterScope();
        if (call.IsCanceled)
        {
            batch.ForEach(item => item.Completion.TrySetCanceled());
        }
        else if (call.IsFaulted)
        {
            var exception = call.Exception!.InnerExceptions.Count == 1 ? call.Exception.InnerException! : call.Exception;
            lock (_lock)
            {
                batch.ForEach(item => _cache.Remove(item.Key));
            }

            batch.ForEach(item => item.Completion.TrySetException(exception));
        }
        else
        {
            var values = call.Result;
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
    }
}
