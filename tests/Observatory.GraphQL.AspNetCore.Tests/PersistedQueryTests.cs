using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>Apollo automatic persisted queries over POST and GET (issue 7 item 4).</summary>
public sealed class PersistedQueryTests(HardeningServerFixture fixture) : IClassFixture<HardeningServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash, int version = 1) => new { persistedQuery = new { version, sha256Hash = hash } };

    private static string ExtensionsJson(string hash) => $"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}";

    [Fact]
    public async Task Post_UnknownHashWithoutQuery_IsPersistedQueryNotFound()
    {
        var reply = await _client.PostAsync(new { extensions = Extensions(Sha256("{ unknown1: hello }")) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", reply.FirstCode);
        Assert.Equal("PersistedQueryNotFound", reply.FirstError.GetProperty("message").GetString());
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task Get_UnknownHashWithoutQuery_IsNotFoundBeforeTheMissingQuery400()
    {
        var reply = await _client.GetAsync(new Dictionary<string, string> { ["extensions"] = ExtensionsJson(Sha256("{ unknown2: hello }")) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", reply.FirstCode);
    }

    [Fact]
    public async Task GraphQLResponseMediaType_UnknownHash_Is400()
    {
        var reply = await _client.PostAsync(new { extensions = Extensions(Sha256("{ unknown3: hello }")) }, GraphQLHttpCalls.GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", reply.FirstCode);
    }

    [Fact]
    public async Task RegisteredOverPost_RunsFromItsHashOverGet()
    {
        const string Query = "{ registered: hello }";
        var hash = Sha256(Query);

        var register = await _client.PostAsync(new { query = Query, extensions = Extensions(hash) });
        var replay = await _client.GetAsync(new Dictionary<string, string> { ["extensions"] = ExtensionsJson(hash) });

        Assert.Equal("bonjour", register.Body.GetProperty("data").GetProperty("registered").GetString());
        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.False(replay.HasErrors);
        Assert.Equal("bonjour", replay.Body.GetProperty("data").GetProperty("registered").GetString());
    }

    [Fact]
    public async Task UppercaseHash_MatchesTheLowercaseDigest()
    {
        const string Query = "{ upper: hello }";

        var reply = await _client.PostAsync(new { query = Query, extensions = Extensions(Sha256(Query).ToUpperInvariant()) });

        Assert.Equal("bonjour", reply.Body.GetProperty("data").GetProperty("upper").GetString());
    }

    [Fact]
    public async Task HashOfAnotherQuery_IsRefusedAndNotStored()
    {
        var hash = Sha256("{ other: hello }");

        var mismatch = await _client.PostAsync(new { query = "{ hello }", extensions = Extensions(hash) });
        var lookup = await _client.PostAsync(new { extensions = Extensions(hash) });

        Assert.Equal("provided sha does not match query", mismatch.FirstError.GetProperty("message").GetString());
        Assert.False(mismatch.HasData);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", lookup.FirstCode);
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "not-a-sha")]
    public async Task MalformedPersistedQuery_IsABadRequestError(int version, string hash)
    {
        var reply = await _client.PostAsync(new { query = "{ hello }", extensions = Extensions(hash, version) });

        Assert.Equal("BAD_REQUEST", reply.FirstCode);
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task Cache_IsBounded_OldestEntryIsEvicted()
    {
        string[] queries = ["{ e1: hello }", "{ e2: hello }", "{ e3: hello }"];
        foreach (var query in queries)
        {
            var registered = await _client.PostAsync(new { query, extensions = Extensions(Sha256(query)) });
            Assert.True(registered.HasData);
        }

        var oldest = await _client.PostAsync(new { extensions = Extensions(Sha256(queries[0])) });
        var newest = await _client.PostAsync(new { extensions = Extensions(Sha256(queries[2])) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", oldest.FirstCode);
        Assert.True(newest.HasData);
        Assert.True(fixture.Handler.PersistedQueryCount <= 2);
    }
}
