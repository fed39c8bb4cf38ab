using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) with a small schema that can produce every
/// situation of the status-code table: plain data, data with errors, a null bubbling to the root,
/// a slow field (timeout), a failing resolver and a mutation.
/// </summary>
public sealed class TestServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static GraphQLSchema BuildSchema() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("hello", "String!", _ => "monde")
            .Field("echo", "String", ctx => ctx.Argument<string>("text")).Argument("text", "String!")
            .Field("failing", "String", _ => throw new InvalidOperationException("secret internal detail"))
            .Field("mustNotBeNull", "String!", _ => null)
            .Field("slow", "String", new FieldResolver(async ctx =>
            {
                await Task.Delay(TimeSpan.FromMinutes(5), ctx.CancellationToken);
                return "late";
            })))
        .Mutation("Mutation", m => m.Field("touch", "Int!", _ => 1))
        .Build();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<GraphQLHttpOptions>(o =>
        {
            o.ExecutionTimeout = TimeSpan.FromSeconds(1);
            o.MaxBodyBytes = 4096;
            o.Title = "Test";
            o.EnableIntrospection = true; // graphql-http's audit 28B9 queries __type
        });
        builder.Services.AddSingleton<IGraphQLRequestHandler>(new GraphQLRequestHandler(BuildSchema(), DocumentValidator.Validate));
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
