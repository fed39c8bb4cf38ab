using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

/// <summary>ETag and Cache-Control on GET requests to /graphql: 304 within an edition, no tag on errors, none for analysts.</summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class HttpValidationTests(SampleWarehouseFixture fixture)
{
    private const string Query = "{ edition { run } tension(territory: \"40\") { year entries { metier { code } level } } }";

    [Fact]
    public async Task A_repeated_get_within_the_edition_is_answered_304_and_the_tag_names_the_edition()
    {
        using var first = await fixture.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query));
        var body = await first.Content.ReadAsStringAsync();
        var run = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("edition").GetProperty("run").GetString();
        var tag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.StartsWith($"\"{run}-", tag.Tag, StringComparison.Ordinal); // a new edition, a new tag
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.IfNoneMatch.Add(tag);
        using var again = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, again.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ edition { builtAt } }"));
        other.Headers.IfNoneMatch.Add(tag);
        using var otherResponse = await fixture.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode); // another document: another tag
        Assert.NotEqual(tag, otherResponse.Headers.ETag);
    }

    [Fact]
    public async Task A_persisted_query_get_is_tagged_once_registered_and_an_unregistered_hash_is_not()
    {
        const string Document = "{ edition { run builtAt } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));
        var extensions = Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}");

        using var unknown = await fixture.Client.GetAsync($"/graphql?extensions={extensions}");
        Assert.Contains("PersistedQueryNotFound", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(unknown.Headers.ETag); // an error is never validated

        using var register = await fixture.Client.GetAsync($"/graphql?query={Uri.EscapeDataString(Document)}&extensions={extensions}");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        using var byHash = await fixture.Client.GetAsync($"/graphql?extensions={extensions}");
        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.NotNull(byHash.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}");
        request.Headers.IfNoneMatch.Add(byHash.Headers.ETag!);
        using var again = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task An_analyst_response_is_private_and_never_tagged()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        request.Headers.Add("X-Api-Key", ApiFactory.LandesKey);
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store, private", string.Join(", ", response.Headers.CacheControl!.ToString().Split(", ").Order(StringComparer.Ordinal)));
    }
}
