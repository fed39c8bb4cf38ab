using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL JSON bodies (charset always utf-8) and HTTP-level error bodies.</summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static async Task WriteAsync(HttpResponse response, int statusCode, GraphQLMediaType mediaType, Action<Utf8JsonWriter> body)
    {
        response.StatusCode = statusCode;
        response.ContentType = GraphQLMediaTypes.ContentType(mediaType);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body(writer);
        }

        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A request error body: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, no <c>data</c>.</summary>
    public static Action<Utf8JsonWriter> Error(string message, string code) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    };
}
