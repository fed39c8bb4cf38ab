using Microsoft.Playwright;

namespace Observatory.Dashboard.Tests;

/// <summary>
/// Once for all browser tests: a sample home (three departments of Nouvelle-Aquitaine, ingested and built),
/// <c>observatory serve</c> on it, and the system Chromium driven by Playwright (no browser download).
/// Without Chromium the tests fail with a clear message: CI installs the Debian package.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string Departments = "40,33,64";

    private readonly string _home = Path.Combine(Path.GetTempPath(), $"observatory-dashboard-{Guid.NewGuid():N}");
    private ServeProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("server not started");

    public GraphQLClient GraphQL => new(Http, BaseAddress);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    public string ServerOutput => _server?.Output ?? string.Empty;

    public static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {path}: install the Debian package 'chromium' (CI: .ci/run does) or set CHROMIUM_PATH. " +
                "The dashboard browser tests need a real browser and do not skip.");
        }
        return path;
    }

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();
        var incoming = Path.Combine(_home, "incoming");
        CliProcess.Run("sample-data", "--departments", Departments, "--years", "2019-2025", "--out", incoming);
        CliProcess.Run("ingest", incoming, "--home", _home);
        CliProcess.Run("build", "--home", _home);
        _server = await ServeProcess.StartAsync(_home, Http);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>
    /// A fresh page (own context) at 1280 × 900 unless told otherwise, in French; <paramref name="bypassCsp"/> lets a test
    /// inject a script (axe-core) that the server's Content-Security-Policy (<c>script-src 'self'</c>) would block.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _server?.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
