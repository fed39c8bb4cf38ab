using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Observatory.Benchmarks.Api;

/// <summary>POSTs a dashboard query to <c>/graphql</c> on a keep-alive connection and reads the whole response.</summary>
internal sealed class GraphQLClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;

    public GraphQLClient(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
    }

    /// <summary>Sends the query; returns the response body (throws when the status is not 200 or the body holds errors).</summary>
    public async Task<byte[]> SendAsync(DashboardQuery query)
    {
        using var content = new ByteArrayContent(query.RequestBody);
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync(new Uri("graphql", UriKind.Relative), content).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (response.StatusCode != System.Net.HttpStatusCode.OK || body.AsSpan().IndexOf("\"errors\":"u8) >= 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{query.Name}: HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}"));
        }

        return body;
    }

    /// <summary>The rows of the response at the query's parts and the sum of their compared field; fails on GraphQL errors.</summary>
    public static ResultShape Shape(DashboardQuery query, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{query.Name}: GraphQL errors: {errors.GetRawText()}");
        }

        var data = root.GetProperty("data");
        var shape = default(ResultShape);
        foreach (var (path, field) in query.Parts)
        {
            var node = Walk(data, path) ?? throw new InvalidOperationException($"{query.Name}: no '{path}' in the response.");
            var rows = node.ValueKind == JsonValueKind.Array ? [.. node.EnumerateArray()] : new List<JsonElement> { node };
            foreach (var row in rows)
            {
                var value = field is null ? (JsonElement?)null : Walk(row, field);
                var isNumber = value is { ValueKind: JsonValueKind.Number };
                shape = shape.Add(new ResultShape(
                    1,
                    isNumber ? value!.Value.GetDouble() : 0,
                    isNumber ? 1 : 0,
                    field is not null && !isNumber ? 1 : 0));
            }
        }

        return shape;
    }

    public void Dispose() => _http.Dispose();

    private static JsonElement? Walk(JsonElement element, string path)
    {
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
