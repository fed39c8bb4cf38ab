using Observatory.GraphQL.AspNetCore.Http;

namespace Observatory.Api.Caching;

/// <summary>A cached GraphQL response: the serialized body with its content type and status code.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, int StatusCode);

/// <summary>
/// A bounded LRU store of GraphQL responses of one edition. An edition (build) never changes, so a response stays
/// valid as long as its edition is served; when a request sees a newer edition, every entry of the old one is dropped.
/// Editions only move forward (run ids sort by build time): a request still finishing on a replaced edition neither
/// reads nor writes the cache, so it cannot wipe the newer edition's entries. Thread-safe. A capacity of 0 disables
/// the cache.
/// </summary>
public sealed class ResponseCache
{
    public const string SizeSetting = "Observatory:ResponseCacheSize";

    public const int DefaultCapacity = 1000;

    private readonly Lock _lock = new();
    private readonly BoundedCache<CachedResponse> _entries = new();
    private string? _edition;
    private long _hits;

    public ResponseCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public bool Enabled => Capacity > 0;

    public int Count => _entries.Count;

    /// <summary>Responses served from the cache since it was created.</summary>
    public long Hits
    {
        get
        {
            lock (_lock)
            {
                return _hits;
            }
        }
    }

    /// <summary>The cached response of <paramref name="key"/> in <paramref name="edition"/>, if any.</summary>
    public CachedResponse? Get(string edition, string key)
    {
        lock (_lock)
        {
            if (!MoveTo(edition) || !_entries.TryGet(key, out var response))
            {
                return null;
            }

            _hits++;
            return response;
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
            if (!MoveTo(edition))
            {
                return; // a request that finished on an edition already replaced
            }

            _entries.Set(key, response, Capacity);
        }
    }

    /// <summary>
    /// False for an edition older than the cached one; for a newer one, drops every entry and moves to it.
    /// </summary>
    private bool MoveTo(string edition)
    {
        var order = _edition is null ? 1 : string.CompareOrdinal(edition, _edition);
        if (order < 0)
        {
            return false;
        }

        if (order > 0)
        {
            _entries.Clear();
            _edition = edition;
        }

        return true;
    }
}
