using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>One HTTP exchange with the endpoint: status and JSON body.</summary>
public sealed record GraphQLHttpReply(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstCode => FirstError.TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString() : null;

    public bool HasData => Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;

    public bool HasErrors => Body.TryGetProperty("errors", out _);
}

/// <summary>POST and GET helpers for the hardening tests.</summary>
public static class GraphQLHttpCalls
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";

    public static Task<GraphQLHttpReply> PostAsync(this HttpClient client, object body, string accept = Json) =>
        client.PostRawAsync(JsonSerializer.Serialize(body), accept);

    public static async Task<GraphQLHttpReply> PostRawAsync(this HttpClient client, string body, string accept = Json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Json);
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLHttpReply> GetAsync(this HttpClient client, IReadOnlyDictionary<string, string> parameters, string accept = Json)
    {
        var query = string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    private static async Task<GraphQLHttpReply> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new GraphQLHttpReply(response.StatusCode, document.RootElement.Clone());
    }
}
