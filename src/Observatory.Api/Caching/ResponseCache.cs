namespace Observatory.Api.Caching;

/// <summary>A cached GraphQL response: the serialized body with its content type and status code.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, int StatusCode);

/// <summary>
/// A bounded LRU store of GraphQL responses of one edition. An edition (build) never changes, so a response stays
/// valid as long as its edition is served; when a request sees a newer edition, every entry of the old one is dropped.
/// Thread-safe. A capacity of 0 disables the cache.
/// </summary>
public sealed class ResponseCache
{
    public const string SizeSetting = "Observatory:ResponseCacheSize";

    public const int DefaultCapacity = 1000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedResponse Response)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedResponse Response)> _recency = new();
    private string? _edition;

    public ResponseCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public bool Enabled => Capacity > 0;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cached response of <paramref name="key"/> in <paramref name="edition"/>, if any.</summary>
    public CachedResponse? Get(string edition, string key)
    {
        lock (_lock)
        {
            SwitchTo(edition);
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Response;
        }
    }

    /// <summary>Stores a response of <paramref name="edition"/>, evicting the least recently used entry when full.</summary>
    public void Set(string edition, string key, CachedResponse response)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_lock)
        {
            _edition ??= edition;
            if (!string.Equals(_edition, edition, StringComparison.Ordinal))
            {
                return; // a request that finished on an edition already replaced
            }

            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[key] = _recency.AddFirst((key, response));
            while (_entries.Count > Capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }

    /// <summary>Drops every entry when <paramref name="edition"/> is not the edition the entries belong to.</summary>
    private void SwitchTo(string edition)
    {
        if (string.Equals(_edition, edition, StringComparison.Ordinal))
        {
            return;
        }

        _entries.Clear();
        _recency.Clear();
        _edition = edition;
    }
}
