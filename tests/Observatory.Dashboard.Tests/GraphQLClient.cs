using System.Net.Http.Json;
using System.Text.Json;

namespace Observatory.Dashboard.Tests;

/// <summary>POSTs GraphQL queries to the served API, as the dashboard does, to compare what it shows.</summary>
public sealed class GraphQLClient(HttpClient http, Uri baseAddress)
{
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync(new Uri(baseAddress, "graphql"), new { query, variables }).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        }
        return root.GetProperty("data").Clone();
    }
}
