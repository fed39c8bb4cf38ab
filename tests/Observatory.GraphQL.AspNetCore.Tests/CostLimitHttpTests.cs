using System.Net;
using System.Text.Json;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>The cost and field-count limits over HTTP, priced from the request's coerced variables (issue 7 item 4).</summary>
public sealed class CostLimitHttpTests(HardeningServerFixture fixture) : IClassFixture<HardeningServerFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static void AssertCostError(GraphQLHttpReply reply, long cost)
    {
        Assert.Equal("COST_LIMIT_EXCEEDED", reply.FirstCode);
        var extensions = reply.FirstError.GetProperty("extensions");
        Assert.Equal(cost, extensions.GetProperty("cost").GetInt64());
        Assert.Equal(100, extensions.GetProperty("maxCost").GetInt64());
        Assert.False(reply.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task LimitVariable_SmallValue_Runs()
    {
        var reply = await _client.PostAsync(new { query = "query($n: Int) { metiers(limit: $n) { code } }", variables = new { n = 5 } });

        Assert.False(reply.HasErrors);
        Assert.Equal(5, reply.Body.GetProperty("data").GetProperty("metiers").GetArrayLength());
    }

    [Theory]
    [InlineData(GraphQLHttpCalls.Json, HttpStatusCode.OK)]
    [InlineData(GraphQLHttpCalls.GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task LimitVariable_LargeValue_IsRefusedWithCostAndMaxCost(string accept, HttpStatusCode status)
    {
        var reply = await _client.PostAsync(new { query = "query($n: Int) { metiers(limit: $n) { code } }", variables = new { n = 500 } }, accept);

        Assert.Equal(status, reply.Status);
        AssertCostError(reply, 10 + 500);
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(95, true)]
    public async Task FilterVariable_IsPricedByItsNestedLimit(int limit, bool refused)
    {
        var reply = await _client.PostAsync(new
        {
            query = "query($f: MetierFilter) { metiers(filter: $f) { code } }",
            variables = new { f = new { sector = "soin", limit } },
        });

        if (refused)
        {
            AssertCostError(reply, 10 + limit);
        }
        else
        {
            Assert.False(reply.HasErrors);
        }
    }

    [Fact]
    public async Task LimitOverGet_IsPricedFromTheQueryStringVariables()
    {
        var reply = await _client.GetAsync(new Dictionary<string, string>
        {
            ["query"] = "query($n: Int) { metiers(limit: $n) { code } }",
            ["variables"] = JsonSerializer.Serialize(new { n = 200 }),
        });

        AssertCostError(reply, 10 + 200);
    }

    [Fact]
    public async Task EachAlias_IsCounted()
    {
        var two = await _client.PostAsync(new { query = "{ a: metiers(limit: 30) { code } b: metiers(limit: 30) { code } }" });
        var three = await _client.PostAsync(new { query = "{ a: metiers(limit: 30) { code } b: metiers(limit: 30) { code } c: metiers(limit: 30) { code } }" });

        Assert.False(two.HasErrors);
        AssertCostError(three, 3 * (10 + 30));
    }

    [Fact]
    public async Task Fragments_ArePricedAtEachSpread()
    {
        var reply = await _client.PostAsync(new { query = "{ metiers(limit: 20) { ...F } } fragment F on Metier { related { code } }" });

        AssertCostError(reply, 10 + (20 * (1 + 1 + 10)));
    }

    [Fact]
    public async Task TooManyFields_IsRefusedWithFieldCountAndMax()
    {
        var reply = await _client.PostAsync(new { query = "{ metier { ...F ...F ...F } } fragment F on Metier { code code code code }" });

        Assert.Equal("COST_LIMIT_EXCEEDED", reply.FirstCode);
        var extensions = reply.FirstError.GetProperty("extensions");
        Assert.Equal(13, extensions.GetProperty("fieldCount").GetInt64());
        Assert.Equal(12, extensions.GetProperty("maxFieldCount").GetInt64());
    }

    [Fact]
    public async Task VariablesThatDoNotCoerce_AreReportedByExecutionNotPriced()
    {
        var reply = await _client.PostAsync(new { query = "query($n: Int!) { metiers(limit: $n) { code } }", variables = new { n = "many" } });

        Assert.Equal("BAD_USER_INPUT", reply.FirstCode);
    }
}
