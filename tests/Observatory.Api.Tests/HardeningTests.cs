using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Observatory.Api.Schema;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

/// <summary>
/// Faults found by attacking the API: malformed requests get a 4xx with a GraphQL error (never a 500), every response
/// carries the security headers, introspection is off in Production unless configured.
/// </summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class HardeningTests(SampleWarehouseFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Invalid_utf8_inside_a_json_body_is_a_400()
    {
        // "query": "{ edition { run } }" with a lone 0xFF byte inside the string
        var bytes = Encoding.UTF8.GetBytes("{\"query\":\"{ edition { run } }\",\"operationName\":\"X\"}").ToList();
        bytes.InsertRange(bytes.IndexOf((byte)'X'), [0xFF, 0xFE]);
        using var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_a_400_with_the_response_cache_on()
    {
        using var response = await _client.GetAsync(new Uri("/graphql?query=%7B%20edition%20%7B%20run%20%7D%20%7D&variables=%7Bbad", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_past_any_possible_page_is_a_user_error()
    {
        var cursor = Cursor.Encode(long.MaxValue);

        var body = await GraphQLClient.PostAsync(_client, $"{{ observations(first: 1, after: \"{cursor}\") {{ totalCount }} }}");

        var code = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
        Assert.Equal("BAD_USER_INPUT", code);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20edition%20%7B%20run%20%7D%20%7D")]
    [InlineData("/")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task GraphiQL_page_allows_its_own_inline_script_by_nonce_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        // GraphiQL opens on the French example (the Landes' ranking), not on its English welcome
        Assert.Contains("ClassementLandes", html, StringComparison.Ordinal);
        Assert.Contains("Bearer VOTRE_CLE", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tension_year_without_index_is_a_user_error_listing_the_years_published()
    {
        var years = fixture.Sql("select distinct period from pub.tension order by period").Select(r => (string)r[0]!).ToList();

        var body = await GraphQLClient.PostAsync(_client, "{ tension(territory: \"40\", year: 2030) { year } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(string.Join(", ", years), error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_is_off_in_production_and_on_when_configured()
    {
        const string Query = "{ __schema { queryType { name } } }";
        var off = await GraphQLClient.PostAsync(_client, Query);
        Assert.True(off.TryGetProperty("errors", out _));

        using var factory = fixture.Factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c =>
            c.AddInMemoryCollection(new Dictionary<string, string?> { [ApiApplication.IntrospectionSetting] = "true" })));
        using var client = factory.CreateClient();
        var on = await GraphQLClient.PostAsync(client, Query);
        Assert.Equal("Query", on.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
