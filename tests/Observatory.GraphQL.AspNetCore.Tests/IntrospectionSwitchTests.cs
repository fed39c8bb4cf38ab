using System.Net;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// Introspection is off by default outside Development: <c>__schema</c> and <c>__type</c> are refused,
/// <c>__typename</c> is not, and validation messages lose their "Did you mean" hints (issue 7 item 4).
/// </summary>
public sealed class IntrospectionSwitchTests(HardeningServerFixture hardened, TestServerFixture open)
    : IClassFixture<HardeningServerFixture>, IClassFixture<TestServerFixture>
{
    private const string Refused = "GraphQL introspection is not allowed, but the query contained __schema or __type.";

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    [InlineData("{ hello ...F } fragment F on Query { __schema { queryType { name } } }")]
    public async Task IntrospectionOff_SchemaAndTypeAreRefused(string query)
    {
        var reply = await hardened.Client.PostAsync(new { query }, GraphQLHttpCalls.GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", reply.FirstCode);
        Assert.Equal(Refused, reply.FirstError.GetProperty("message").GetString());
        Assert.False(reply.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task IntrospectionOff_TypenameIsAllowed()
    {
        var reply = await hardened.Client.PostAsync(new { query = "{ __typename hello }" });

        Assert.False(reply.HasErrors);
        Assert.Equal("Query", reply.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task IntrospectionOff_DidYouMeanHintsAreRemoved()
    {
        var reply = await hardened.Client.PostAsync(new { query = "{ helo }" });

        Assert.Equal("Cannot query field \"helo\" on type \"Query\".", reply.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task IntrospectionOn_KeepsHintsAndAnswersSchema()
    {
        var hint = await open.Client.PostAsync(new { query = "{ helo }" });
        var schema = await open.Client.PostAsync(new { query = "{ __schema { queryType { name } } }" });

        Assert.Equal("Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?", hint.FirstError.GetProperty("message").GetString());
        Assert.Equal("Query", schema.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
