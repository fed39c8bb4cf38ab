using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Observatory.Api.Caching;

/// <summary>Runs the rest of the pipeline into memory (GraphQL responses are small), so a middleware can look at the body
/// before it is sent, and reads what a GraphQL response body says.</summary>
internal static class BufferedResponse
{
    /// <summary>Runs <paramref name="next"/> with the response body in memory; returns the body, not yet written.</summary>
    public static async Task<byte[]> RunAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }

    /// <summary>True when the body is a GraphQL response with <c>data</c> and no <c>errors</c> (the only kind worth keeping).</summary>
    public static bool IsDataWithoutErrors(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("data", out _)
                && !json.RootElement.TryGetProperty("errors", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
