using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.GraphQL.Utilities;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Tests;

/// <summary>
/// graphql-js 16.15.0, run with node from the pinned lockfile, fetches our introspection with its
/// own queries (GraphiQL's default one and the maximal one), builds a client schema, validates
/// it, and prints it: the maximal print must hold exactly the definitions our SchemaPrinter prints.
/// </summary>
public sealed class IntrospectionRoundTripTests : IAsyncLifetime
{
    private WebApplication? _app;
    private string _url = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<GraphQLHttpOptions>(o => o.EnableIntrospection = true);
        builder.Services.AddSingleton<IGraphQLRequestHandler>(new GraphQLRequestHandler(AllKindsSchema.Create(), DocumentValidator.Validate));
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task GraphqlJs_builds_a_valid_client_schema_printing_the_same_sdl_as_ours()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "node", "introspection-roundtrip.mjs");

        var output = await NodeRunner.RunAsync(script, _url);

        using var doc = JsonDocument.Parse(output);
        var maximal = doc.RootElement.GetProperty("maximal");
        var @default = doc.RootElement.GetProperty("default");
        Assert.Empty(@default.GetProperty("errors").EnumerateArray());
        Assert.Empty(maximal.GetProperty("errors").EnumerateArray());
        Assert.True(doc.RootElement.GetProperty("get").GetProperty("ok").GetBoolean(), "GraphiQL's introspection query over GET failed");

        var ours = Definitions(SchemaPrinter.Print(AllKindsSchema.Create()));
        var theirs = Definitions(maximal.GetProperty("sdl").GetString()!);
        var onlyOurs = string.Join("\n\n", ours.Except(theirs));
        var onlyTheirs = string.Join("\n\n", theirs.Except(ours));
        Assert.True(onlyOurs.Length == 0 && onlyTheirs.Length == 0, $"SchemaPrinter only:\n{onlyOurs}\n\ngraphql-js only:\n{onlyTheirs}");
        Assert.Contains(theirs, d => d.Contains("input TerritoryInput @oneOf", StringComparison.Ordinal));
        Assert.Contains(theirs, d => d.Contains("@specifiedBy(url: \"https://www.iso.org/iso-8601-date-and-time-format.html\")", StringComparison.Ordinal));
        Assert.Contains(theirs, d => d.Contains("repeatable on FIELD_DEFINITION | OBJECT", StringComparison.Ordinal));
    }

    /// <summary>The printed definitions (blocks separated by a blank line), sorted.</summary>
    private static List<string> Definitions(string sdl) =>
        sdl.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Order(StringComparer.Ordinal)
            .ToList();
}
