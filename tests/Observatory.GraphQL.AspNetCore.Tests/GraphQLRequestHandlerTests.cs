using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>The handler without a server: where its options come from, and the environment-dependent introspection default.</summary>
public sealed class GraphQLRequestHandlerTests
{
    private const string SchemaQuery = "{ __schema { queryType { name } } }";

    private static async Task<JsonElement> RunAsync(IGraphQLRequestHandler handler, string query, Action<IServiceCollection> services)
    {
        var collection = new ServiceCollection();
        services(collection);
        using var provider = collection.BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = provider };
        var outcome = await handler.HandleAsync(new GraphQLHttpRequest(query, null, null, null, IsGet: false), context, CancellationToken.None);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            outcome.WriteBody(writer);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    private static bool Answered(JsonElement body) => !body.TryGetProperty("errors", out _);

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, false)]
    public async Task Introspection_DefaultFollowsTheEnvironment(string environment, bool? enabled, bool answered)
    {
        var handler = new GraphQLRequestHandler(HardeningServerFixture.BuildSchema());

        var body = await RunAsync(handler, SchemaQuery, s => s
            .AddSingleton<IHostEnvironment>(new Environment(environment))
            .AddSingleton(Options.Create(new GraphQLHttpOptions { EnableIntrospection = enabled })));

        Assert.Equal(answered, Answered(body));
    }

    [Fact]
    public async Task Introspection_WithoutAnyRegisteredService_IsOff()
    {
        var body = await RunAsync(new GraphQLRequestHandler(HardeningServerFixture.BuildSchema()), SchemaQuery, _ => { });

        Assert.False(Answered(body));
    }

    [Fact]
    public async Task OptionsGivenToTheHandler_WinOverTheRegisteredOnes()
    {
        var handler = new GraphQLRequestHandler(HardeningServerFixture.BuildSchema(), new GraphQLHttpOptions { EnableIntrospection = true });

        var body = await RunAsync(handler, SchemaQuery, s => s.AddSingleton(Options.Create(new GraphQLHttpOptions { EnableIntrospection = false })));

        Assert.True(Answered(body));
    }

    [Fact]
    public async Task DelegateConstructor_StillAppliesTheRegisteredLimits()
    {
        var handler = new GraphQLRequestHandler(HardeningServerFixture.BuildSchema(), DocumentValidator.Validate);

        var body = await RunAsync(handler, "{ a: hello b: hello }", s => s.AddSingleton(Options.Create(new GraphQLHttpOptions { Limits = new ValidationLimits { MaxAliases = 1 } })));

        Assert.Equal("The anonymous operation uses 2 aliases, more than the maximum of 1.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task DocumentCacheSizeZero_CachesNothing()
    {
        var handler = new GraphQLRequestHandler(HardeningServerFixture.BuildSchema(), new GraphQLHttpOptions { DocumentCacheSize = 0 });

        var body = await RunAsync(handler, "{ hello }", _ => { });

        Assert.Equal("bonjour", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(0, handler.CachedDocumentCount);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
