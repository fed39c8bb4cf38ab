using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Observatory.Api.Security;

namespace Observatory.Api.Tests.Support;

/// <summary>
/// The API in memory on a data home, with two analyst keys configured (Landes 40, Ain 01); the response cache has
/// its default size unless <paramref name="responseCacheSize"/> is given (0 disables it).
/// </summary>
public sealed class ApiFactory(string home, int? responseCacheSize = null) : WebApplicationFactory<Program>
{
    public const string LandesKey = "cle-test-landes-7f3a";

    public const string AinKey = "cle-test-ain-91c2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ApiApplication.HomeSetting] = home,
            ["Observatory:Analysts:0:Name"] = "Analyste Landes",
            ["Observatory:Analysts:0:Department"] = "40",
            ["Observatory:Analysts:0:KeySha256"] = ApiKeyAuthentication.HashKey(LandesKey),
            ["Observatory:Analysts:1:Name"] = "Analyste Ain",
            ["Observatory:Analysts:1:Department"] = "01",
            ["Observatory:Analysts:1:KeySha256"] = ApiKeyAuthentication.HashKey(AinKey),
            [Caching.ResponseCache.SizeSetting] = responseCacheSize?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}
