using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatory.Api.Caching;
using Observatory.Api.Endpoints;
using Observatory.Api.Schema;
using Observatory.Api.Security;
using Observatory.Core.Home;
using Observatory.GraphQL.AspNetCore;
using Observatory.GraphQL.AspNetCore.Http;
using Observatory.Warehouse.Access;

namespace Observatory.Api;

/// <summary>
/// Builds the Observatory web application: <c>/graphql</c> (and GraphiQL), <c>/health</c>, <c>/export/…</c> and the
/// dashboard. Settings: <c>Observatory:Home</c> (else <c>$OBSERVATORY_HOME</c>, else <c>./data</c>),
/// <c>Observatory:Analysts</c> (hashed API keys), <c>Observatory:ExportRowLimit</c>,
/// <c>Observatory:ResponseCacheSize</c> (responses kept per edition, 0 disables; see <see cref="ResponseCache"/>), and the usual ASP.NET Core ones
/// (<c>urls</c>…).
/// </summary>
public static class ApiApplication
{
    public const string HomeSetting = "Observatory:Home";

    /// <summary>Turns schema introspection on (true) or off (false); default: on in Development only.</summary>
    public const string IntrospectionSetting = "Observatory:Introspection";

    /// <summary>Builds the application; <paramref name="configure"/> may adjust the builder (URLs, home, logging).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        PrivateFiles.Apply();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        ConfigureServices(builder.Services);
        configure?.Invoke(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    public static void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new PublishedWarehouse(DataHome.Resolve(sp.GetRequiredService<IConfiguration>()[HomeSetting])));
        services.AddSingleton<ApiKeyAuthentication>();
        services.AddSingleton(sp => new ResponseCache(
            sp.GetRequiredService<IConfiguration>().GetValue(ResponseCache.SizeSetting, ResponseCache.DefaultCapacity)));
        services.AddOptions<GraphQLHttpOptions>().Configure<IConfiguration, IHostEnvironment>((o, configuration, environment) =>
        {
            o.Title = "Observatoire — API GraphQL";
            o.GraphiQLDefaultQuery = GraphiQLWelcome.Query;
            // schema introspection answers in Development; elsewhere only when Observatory:Introspection is true (the
            // printed schema, schemas/graphql/schema.graphql, is the published contract)
            o.EnableIntrospection = configuration.GetValue(IntrospectionSetting, environment.IsDevelopment());
            o.Limits = ObservatorySchema.Limits();
            o.ExecutionTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<IGraphQLRequestHandler>(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Observatory.Api.GraphQL");
            return new GraphQLRequestHandler(ObservatorySchema.Build(), GraphQL.Validation.DocumentValidator.Validate)
            {
                OnUnexpectedError = (exception, error) => ResolverFailed(logger, error.Path is null ? string.Empty : string.Join('.', error.Path), exception),
            };
        });
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) => SecurityHeaders.InvokeAsync(context, () => next(context)));
        var authentication = app.Services.GetRequiredService<ApiKeyAuthentication>();
        app.Use((context, next) => authentication.InvokeAsync(context, next));
        DashboardHosting.Use(app);
        HealthEndpoint.Map(app);
        ExportEndpoints.Map(app);
        var validation = new HttpValidationMiddleware("/graphql");
        app.Use(validation.InvokeAsync);
        var cache = new ResponseCacheMiddleware(app.Services.GetRequiredService<ResponseCache>(), "/graphql");
        app.Use(cache.InvokeAsync);
        app.MapGraphQL("/graphql");
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetService<PublishedWarehouse>()?.Dispose());
    }

    private static readonly Action<ILogger, string, Exception?> ResolverFailed =
        LoggerMessage.Define<string>(LogLevel.Error, new EventId(1, "ResolverFailed"), "GraphQL resolver failed at {Path}");

    /// <summary>The URLs the server listens on, once started.</summary>
    public static IReadOnlyList<string> ListeningUrls(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var server = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        return server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }
}
