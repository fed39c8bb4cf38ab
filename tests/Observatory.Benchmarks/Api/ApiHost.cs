using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatory.Api;
using Observatory.Core.Home;
using Observatory.Warehouse.Access;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// The API hosted in this process as <c>observatory serve</c> hosts it (<see cref="ApiApplication.Build"/>, Kestrel),
/// on a free port of 127.0.0.1, Production environment, logging off (unless asked, to see resolver errors).
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The base address, ending with '/'.</summary>
    public Uri Address { get; }

    public string EnvironmentName => _app.Environment.EnvironmentName;

    /// <summary>The API's own warehouse access: the direct SQL runs on connections of the same edition.</summary>
    public PublishedWarehouse Warehouse => _app.Services.GetRequiredService<PublishedWarehouse>();

    /// <summary>Starts the API; <paramref name="responseCacheSize"/> 0 turns the edition-scoped response cache off.</summary>
    public static async Task<ApiHost> StartAsync(DataHome home, bool logging, int responseCacheSize)
    {
        var app = ApiApplication.Build(["--environment", Environments.Production], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration[ApiApplication.HomeSetting] = home.Root;
            builder.Configuration[Observatory.Api.Caching.ResponseCache.SizeSetting] = responseCacheSize.ToString(CultureInfo.InvariantCulture);
            if (!logging)
            {
                builder.Logging.ClearProviders();
            }
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = ApiApplication.ListeningUrls(app).Single();
        return new ApiHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
