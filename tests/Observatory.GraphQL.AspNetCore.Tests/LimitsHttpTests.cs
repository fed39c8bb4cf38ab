using System.Net;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>Depth, alias, directive, body-size, batching and parser limits over HTTP, and the document cache (issue 7 item 4).</summary>
public sealed class LimitsHttpTests(HardeningServerFixture fixture) : IClassFixture<HardeningServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private async Task<string> ValidationMessageAsync(string query)
    {
        var reply = await _client.PostAsync(new { query });
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", reply.FirstCode);
        Assert.False(reply.Body.TryGetProperty("data", out _));
        return reply.FirstError.GetProperty("message").GetString()!;
    }

    [Fact]
    public async Task DepthOverTheLimit_IsAValidationError() =>
        Assert.Equal("'' exceeds maximum operation depth of 3", await ValidationMessageAsync("{ metier { related { related { related { code } } } } }"));

    [Fact]
    public async Task DepthThroughFragments_IsMeasured() =>
        Assert.Equal(
            "'Q' exceeds maximum operation depth of 3",
            await ValidationMessageAsync("query Q { metier { ...A } } fragment A on Metier { related { ...B } } fragment B on Metier { related { related { code } } }"));

    [Fact]
    public async Task TooManyAliases_IsAValidationError() =>
        Assert.Equal(
            "The anonymous operation uses 4 aliases, more than the maximum of 3.",
            await ValidationMessageAsync("{ a: hello b: hello c: hello d: hello }"));

    [Fact]
    public async Task TooManyDirectivesAtOneLocation_IsAValidationError() =>
        Assert.Equal(
            "2 directives at one location exceed the maximum of 1.",
            await ValidationMessageAsync("{ hello @include(if: true) @skip(if: false) }"));

    [Fact]
    public async Task WithinEveryLimit_Runs()
    {
        var reply = await _client.PostAsync(new { query = "{ a: hello metier { related @include(if: true) { code } } }" });

        Assert.False(reply.HasErrors);
        Assert.Equal(2, reply.Body.GetProperty("data").GetProperty("metier").GetProperty("related").GetArrayLength());
    }

    [Fact]
    public async Task BodyOverMaxBodyBytes_Is413()
    {
        var reply = await _client.PostAsync(new { query = "{ hello }", variables = new { padding = new string('x', 3000) } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task BatchedArrayBody_Is400()
    {
        var reply = await _client.PostRawAsync("[{\"query\":\"{ hello }\"},{\"query\":\"{ hello }\"}]");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("Batched", reply.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestingBeyondTheParserDepth_IsAParseErrorNotACrash()
    {
        var reply = await _client.PostAsync(new { query = new string('{', 600) });

        Assert.Equal("GRAPHQL_PARSE_FAILED", reply.FirstCode);
    }

    [Fact]
    public async Task DocumentCache_IsBoundedAndReused()
    {
        string[] queries = ["{ c1: hello }", "{ c2: hello }", "{ c3: hello }", "{ c4: hello }", "{ c5: hello }"];
        foreach (var query in queries)
        {
            Assert.True((await _client.PostAsync(new { query })).HasData);
        }

        var bounded = fixture.Handler.CachedDocumentCount;
        var again = await _client.PostAsync(new { query = queries[^1] });

        Assert.Equal(3, bounded);
        Assert.Equal(3, fixture.Handler.CachedDocumentCount);
        Assert.Equal("bonjour", again.Body.GetProperty("data").GetProperty("c5").GetString());
    }
}
