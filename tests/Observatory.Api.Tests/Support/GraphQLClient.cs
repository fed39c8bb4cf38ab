using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Observatory.Api.Tests.Support;

/// <summary>Posts GraphQL requests and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>data</c> of a response that must have no errors.</summary>
    public static async Task<JsonElement> DataAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        var response = await PostAsync(client, query, variables, apiKey);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    public static double? NullableDouble(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
}
