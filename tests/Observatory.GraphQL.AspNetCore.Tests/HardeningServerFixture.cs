using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Building;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation;
using Observatory.GraphQL.Validation.Cost;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// A Kestrel server in the Production environment with tight hardening options: depth 3, 3 aliases, 1 directive
/// per location, cost 100 (<c>Query.metiers</c> weighs 10, sliced by <c>limit</c> or <c>filter.limit</c>),
/// 12 fields, introspection left to its default (off outside Development), 2 persisted queries, 3 cached documents.
/// </summary>
public sealed class HardeningServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public GraphQLRequestHandler Handler { get; } = new(BuildSchema());

    public static GraphQLSchema BuildSchema() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("hello", "String", _ => "bonjour")
            .Field("metiers", "[Metier!]!", ctx => Metiers(ctx.Argument<int?>("limit") ?? 3))
                .Argument("limit", "Int").Argument("filter", "MetierFilter")
            .Field("metier", "Metier", _ => new Dictionary<string, object?> { ["code"] = "M0" }))
        .Object("Metier", t => t
            .Field("code", "String")
            .Field("related", "[Metier]", _ => Metiers(2)))
        .InputObject("MetierFilter", i => i.Field("sector", "String").Field("limit", "Int"))
        .Build();

    public static GraphQLHttpOptions Options { get; } = new()
    {
        MaxBodyBytes = 2048,
        Limits = new ValidationLimits
        {
            MaxDepth = 3,
            MaxAliases = 3,
            MaxDirectivesPerLocation = 1,
            MaxCost = 100,
            MaxFieldCount = 12,
            CostModel = CostModel.Default.WithField("Query.metiers", weight: 10, slicingArguments: ["limit", "filter.limit"], assumedSize: 50),
        },
        PersistedQueryCacheSize = 2,
        DocumentCacheSize = 3,
    };

    private static List<Dictionary<string, object?>> Metiers(int count) =>
        Enumerable.Range(0, Math.Min(count, 5)).Select(i => new Dictionary<string, object?> { ["code"] = $"M{i}" }).ToList();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        builder.Services.AddSingleton<IGraphQLRequestHandler>(Handler);
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
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
