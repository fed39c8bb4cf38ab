using System.Net;

namespace Observatory.GraphQL.AspNetCore.Tests;

public sealed class GraphiQLTests : IClassFixture<TestServerFixture>
{
    private readonly HttpClient _client;

    public GraphiQLTests(TestServerFixture fixture) => _client = fixture.Client;

    [Fact]
    public async Task Browser_get_receives_graphiql_page_pointing_at_local_assets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/graphql/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("url: '/graphql'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript")]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("react.production.min.js", "text/javascript")]
    [InlineData("react-dom.production.min.js", "text/javascript")]
    public async Task Assets_are_served_offline(string file, string mediaType)
    {
        var response = await _client.GetAsync(new Uri("/graphql/graphiql/" + file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Unknown_asset_is_404()
    {
        var response = await _client.GetAsync(new Uri("/graphql/graphiql/..%2Fsecrets.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
