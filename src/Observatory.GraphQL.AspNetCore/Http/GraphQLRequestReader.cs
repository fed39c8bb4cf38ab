using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP parameters. POST accepts only <c>application/json</c> bodies (no
/// form, text or multipart bodies: CSRF) holding one JSON object (arrays, i.e. batching, are
/// refused); GET reads the query string, with <c>variables</c> and <c>extensions</c> as JSON
/// text. Wrongly typed parameters are a 400, a missing or other content type a 415, an
/// oversized body a 413.
/// </summary>
public static class GraphQLRequestReader
{
    public static async Task<RequestReadResult> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadGet(request.Query);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return RequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.");
        }

        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return RequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Only the utf-8 charset is supported.");
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return RequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }

        var body = await ReadBodyAsync(request.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8 JSON.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        using (document)
        {
            try
            {
                return ReadPost(document.RootElement.Clone());
            }
            catch (InvalidOperationException)
            {
                // a JSON string holding bytes that are not UTF-8 cannot be read as text
                return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8 JSON.");
            }
        }
    }

    private static RequestReadResult ReadPost(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest,
                root.ValueKind == JsonValueKind.Array
                    ? "Batched requests (a JSON array) are not supported."
                    : "The request body must be a JSON object.");
        }

        if (!TryString(root, "query", out var query) || !TryString(root, "operationName", out var operationName))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "'query' and 'operationName' must be strings.");
        }

        if (!TryObject(root, "variables", out var variables) || !TryObject(root, "extensions", out var extensions))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "'variables' and 'extensions' must be JSON objects.");
        }

        return RequestReadResult.Ok(new GraphQLHttpRequest(query, operationName, variables, extensions, IsGet: false));
    }

    private static RequestReadResult ReadGet(IQueryCollection query)
    {
        var text = query.TryGetValue("query", out var q) ? q.ToString() : null;
        var operationName = query.TryGetValue("operationName", out var op) && op.ToString().Length > 0 ? op.ToString() : null;
        if (!TryJsonObjectParameter(query, "variables", out var variables) || !TryJsonObjectParameter(query, "extensions", out var extensions))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "'variables' and 'extensions' must be JSON-encoded objects.");
        }

        return RequestReadResult.Ok(new GraphQLHttpRequest(text, operationName, variables, extensions, IsGet: true));
    }

    private static bool TryJsonObjectParameter(IQueryCollection query, string name, out JsonElement? value)
    {
        value = null;
        if (!query.TryGetValue(name, out var raw) || raw.ToString().Length == 0)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(raw.ToString());
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static bool TryObject(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        value = element;
        return true;
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
