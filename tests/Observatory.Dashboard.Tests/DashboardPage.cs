using Microsoft.Playwright;

namespace Observatory.Dashboard.Tests;

/// <summary>Opening the dashboard, waiting for its panels and keeping screenshots.</summary>
internal static class DashboardPage
{
    private static readonly string[] Panels = ["heatmap", "series", "compare", "qwl"];

    /// <summary>
    /// Opens <c>/?query</c> and waits until the catalogue and every panel are loaded; <paramref name="prepare"/> runs on
    /// the new page before it navigates (e.g. to route the API's answers); <paramref name="bypassCsp"/>: see
    /// <see cref="DashboardFixture.NewPageAsync"/>.
    /// </summary>
    public static async Task<IPage> OpenAsync(DashboardFixture fixture, string query = "", int width = 1280, int height = 900, Func<IPage, Task>? prepare = null, bool bypassCsp = false)
    {
        var page = await fixture.NewPageAsync(width, height, bypassCsp);
        if (prepare is not null)
        {
            await prepare(page);
        }
        var url = new Uri(fixture.BaseAddress, query.Length == 0 ? "/" : "/?" + query).ToString();
        var response = await page.GotoAsync(url);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {url} answered {response.Status}");
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var selection = await SelectionAsync(page);
        await WaitPanelsAsync(page, selection.Metier, selection.Department);
        return page;
    }

    /// <summary>Waits until every panel shows (ready, not loading) the given métier × department.</summary>
    public static async Task WaitPanelsAsync(IPage page, string metier, string department)
    {
        const string script = """
            ([metier, dep, panels]) => panels.every((id) => {
              const s = document.getElementById(id);
              const key = s.dataset.key ?? '';
              const mine = id === 'heatmap' ? key.endsWith(`|${metier}|${dep}`)
                : id === 'compare' ? key.startsWith(`${metier}|${dep}|`) : key === `${metier}|${dep}`;
              return mine && s.dataset.state === 'ready';
            })
            """;
        try
        {
            await page.WaitForFunctionAsync(script, new object[] { metier, department, Panels }, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            var states = await page.EvaluateAsync<string>("(panels) => panels.map((id) => `${id}: ${document.getElementById(id).dataset.state} ${document.getElementById(id).dataset.key} ${document.getElementById(id).innerText.slice(0, 300)}`).join('\\n')", Panels);
            throw new TimeoutException($"Panels not ready for {metier} × {department}:\n{states}");
        }
    }

    public static async Task<(string Region, string Department, string Metier)> SelectionAsync(IPage page) =>
        (await page.InputValueAsync("#select-region"), await page.InputValueAsync("#select-departement"), await page.InputValueAsync("#select-metier"));

    /// <summary>Saves a full-page screenshot as <c>artifacts/screenshots/NAME.png</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"screenshot {path} is suspiciously small");
        return path;
    }

    public static async Task CloseAsync(IPage page) => await page.Context.CloseAsync();
}
