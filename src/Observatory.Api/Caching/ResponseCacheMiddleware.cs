using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Observatory.Api.Schema;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Errors;

namespace Observatory.Api.Caching;

/// <summary>
/// In front of the GraphQL endpoint: serves a GraphQL request (POST JSON, or GET with <c>query</c>) from the
/// <see cref="ResponseCache"/> when the same request was answered on the same edition for the same caller and media
/// type; otherwise runs it and keeps the response when it is a 200 without errors. The request's edition lease is
/// taken here (<see cref="RequestScope"/>), so the cached response and the key always name the same edition.
/// </summary>
internal sealed class ResponseCacheMiddleware(ResponseCache cache, PathString path)
{
    private const int MaxBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!cache.Enabled || !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var mediaType = AcceptNegotiator.Choose(context.Request.Headers.Accept.ToString());
        var key = mediaType is null ? null : await KeyAsync(context, mediaType.Value).ConfigureAwait(false);
        if (key is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (cache.Get(key.Value.Edition, key.Value.Key) is { } hit)
        {
            context.Response.StatusCode = hit.StatusCode;
            context.Response.ContentType = hit.ContentType;
            context.Response.ContentLength = hit.Body.Length;
            await context.Response.Body.WriteAsync(hit.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var body = await BufferedResponse.RunAsync(context, next).ConfigureAwait(false);
        if (context.Response.StatusCode == StatusCodes.Status200OK && context.Response.ContentType is { } contentType
            && BufferedResponse.IsDataWithoutErrors(body))
        {
            cache.Set(key.Value.Edition, key.Value.Key, new CachedResponse(body, contentType, StatusCodes.Status200OK));
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<(string Edition, string Key)?> KeyAsync(HttpContext context, GraphQLMediaType mediaType)
    {
        string? document;
        string? operationName;
        JsonElement? variables;
        var request = context.Request;
        try
        {
            if (HttpMethods.IsGet(request.Method))
            {
                if (!request.Query.TryGetValue("query", out var query))
                {
                    return null;
                }

                document = query.ToString();
                operationName = request.Query["operationName"].ToString();
                var text = request.Query["variables"].ToString();
                variables = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
            }
            else if (HttpMethods.IsPost(request.Method)
                && request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                && request.ContentLength is null or <= MaxBodyBytes)
            {
                request.EnableBuffering();
                var bytes = await ReadAtMostAsync(request.Body, MaxBodyBytes, request.ContentLength, context.RequestAborted).ConfigureAwait(false);
                request.Body.Position = 0;
                if (bytes is null)
                {
                    return null; // too large to be worth caching: the endpoint applies its own limit
                }

                using var json = JsonDocument.Parse(bytes);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                document = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                operationName = root.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
                variables = root.TryGetProperty("variables", out var v) ? v.Clone() : null;
            }
            else
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // malformed JSON or a string that is not UTF-8: the GraphQL endpoint answers the request itself (400)
            if (request.Body.CanSeek)
            {
                request.Body.Position = 0;
            }

            return null;
        }

        var scope = RequestScope.Of(context);
        string edition;
        try
        {
            edition = scope.Lease.Edition.RunId;
        }
        catch (GraphQLException)
        {
            return null; // nothing published: the endpoint reports it
        }

        var caller = scope.AnalystDepartment is { } department ? "analyst:" + department : "anonymous";
        var key = ResponseCacheKey.Build(edition, caller, mediaType.ToString(), document, operationName, variables);
        return key is null ? null : (edition, key);
    }

    /// <summary>The whole stream when it holds at most <paramref name="limit"/> bytes, else null.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, long? announced, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(limit, announced ?? limit) + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return length >= buffer.Length ? null : buffer[..length];
    }
}
