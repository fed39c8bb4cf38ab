using System.Text.Json;
using Observatory.GraphQL.Errors;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Apollo automatic persisted queries: <c>extensions.persistedQuery = {version: 1, sha256Hash}</c>. A hash alone is
/// looked up (unknown: <c>PERSISTED_QUERY_NOT_FOUND</c>, message <c>PersistedQueryNotFound</c>); a hash with its
/// query is checked against the query's SHA-256 and stored in a bounded in-memory cache.
/// </summary>
internal sealed class PersistedQueryStore
{
    private readonly BoundedCache<string> _queries = new();

    public int Count => _queries.Count;

    /// <summary>The query to run (and its hash when known), or the error that ends the request.</summary>
    public PersistedQueryResolution Resolve(GraphQLHttpRequest request, GraphQLHttpOptions options)
    {
        if (request.Extensions is not { } extensions || !extensions.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return new PersistedQueryResolution(request.Query, null, null);
        }

        if (!options.EnablePersistedQueries)
        {
            return Fail("PersistedQueryNotSupported", HttpErrorCodes.PersistedQueryNotSupported);
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number) || number != 1)
        {
            return Fail("Unsupported persisted query version.", HttpErrorCodes.BadRequest);
        }

        if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String
            || hashElement.GetString() is not { Length: 64 } hash || !IsHex(hash))
        {
            return Fail("persistedQuery.sha256Hash must be a SHA-256 in hexadecimal.", HttpErrorCodes.BadRequest);
        }

        hash = hash.ToLowerInvariant();
        if (request.Query is { Length: > 0 } query)
        {
            if (!string.Equals(QueryHash.Compute(query), hash, StringComparison.Ordinal))
            {
                return Fail("provided sha does not match query", HttpErrorCodes.BadRequest);
            }

            _queries.Set(hash, query, options.PersistedQueryCacheSize);
            return new PersistedQueryResolution(query, hash, null);
        }

        return _queries.TryGet(hash, out var stored)
            ? new PersistedQueryResolution(stored, hash, null)
            : Fail("PersistedQueryNotFound", HttpErrorCodes.PersistedQueryNotFound);
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static PersistedQueryResolution Fail(string message, string code) =>
        new(null, null, new GraphQLError(message) { Extensions = GraphQLError.CodeExtensions(code) });
}

/// <summary>The outcome of the APQ step: the query text and its hash, or a request error.</summary>
internal readonly record struct PersistedQueryResolution(string? Query, string? Hash, GraphQLError? Error);
