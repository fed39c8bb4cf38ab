using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Observatory.Dashboard.Tests;

/// <summary>
/// The web dashboard in a real Chromium against <c>observatory serve</c> on a sample build: what it shows must be
/// what <c>/graphql</c> returns for the same question. Screenshots go to <c>artifacts/screenshots/</c>.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardFixture fixture)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task Page_shows_the_edition_labelled_selectors_and_the_heatmap_levels_of_the_api()
    {
        using var health = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(fixture.BaseAddress, "health")));
        var edition = health.RootElement.GetProperty("edition").GetString();
        var page = await DashboardPage.OpenAsync(fixture);

        Assert.Equal(edition, await page.InnerTextAsync("#edition .edition-run"));
        foreach (var id in new[] { "select-region", "select-departement", "select-metier", "select-annee" })
        {
            Assert.Equal(1, await page.Locator($"label[for='{id}']").CountAsync());
            Assert.True(await page.Locator($"#{id} option").CountAsync() > 0, $"#{id} has no option");
        }
        var (region, _, _) = await DashboardPage.SelectionAsync(page);
        var year = int.Parse(await page.InputValueAsync("#select-annee"), CultureInfo.InvariantCulture);
        var data = await fixture.GraphQL.QueryAsync(
            "query($r: ID!, $y: Int) { tensionGrid(region: $r, year: $y) { metier { code } territory { code } level status } }",
            new { r = region, y = year });
        var levels = 0;
        foreach (var entry in data.GetProperty("tensionGrid").EnumerateArray())
        {
            var metier = entry.GetProperty("metier").GetProperty("code").GetString();
            var territory = entry.GetProperty("territory").GetProperty("code").GetString();
            var cell = page.Locator($"#heatmap button.cell[data-metier='{metier}'][data-territory='{territory}'] .lvl");
            Assert.Equal(1, await cell.CountAsync());
            var text = (await cell.InnerTextAsync()).Trim();
            if (entry.GetProperty("level").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(entry.GetProperty("level").GetInt32().ToString(CultureInfo.InvariantCulture), text);
                levels++;
            }
            else
            {
                Assert.True(text is "s" or "nd" || text.EndsWith('*'), $"{metier} × {territory}: a cell without level shows '{text}'");
            }
        }
        Assert.True(levels >= 5, $"only {levels} heatmap levels checked");
        Assert.Equal(6, await page.Locator("#heatmap-legend li").CountAsync());
        await DashboardPage.ScreenshotAsync(page, "dashboard-1280");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task Choosing_a_metier_and_a_territory_changes_the_chart_and_shows_the_api_values()
    {
        var page = await DashboardPage.OpenAsync(fixture);
        var before = await DashboardPage.SelectionAsync(page);
        var chartBefore = await page.InnerHTMLAsync("#chart-ratio");
        var tableBefore = await page.TextContentAsync("#series table[data-chart='ratio']");

        // The sample's own departments: France Travail covers all of France, and 500 rows of every department would
        // hold a single métier; the page may open on another region, so the target's region is chosen first.
        var candidates = await fixture.GraphQL.QueryAsync(
            """query($t: [ID!]) { observations(filter: { indicators: ["tension_ratio"], territories: $t, level: DEP, status: [OK] }, first: 500) { nodes { metier { code } territory { code parent { code } } } } }""",
            new { t = DashboardFixture.Departments.Split(',') });
        var target = candidates.GetProperty("observations").GetProperty("nodes").EnumerateArray()
            .Select(n => (Metier: n.GetProperty("metier").GetProperty("code").GetString()!, Department: n.GetProperty("territory").GetProperty("code").GetString()!,
                Region: n.GetProperty("territory").GetProperty("parent").GetProperty("code").GetString()!))
            .GroupBy(k => k).Where(g => g.Count() >= 3 && g.Key.Metier != before.Metier && g.Key.Department != before.Department)
            .Select(g => g.Key).Order().First();

        if (target.Region != before.Region)
        {
            await page.SelectOptionAsync("#select-region", target.Region);
        }

        await page.SelectOptionAsync("#select-departement", target.Department);
        await page.SelectOptionAsync("#select-metier", target.Metier);
        await DashboardPage.WaitPanelsAsync(page, target.Metier, target.Department);

        Assert.Contains($"metier={Uri.EscapeDataString(target.Metier)}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"departement={target.Department}", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(chartBefore, await page.InnerHTMLAsync("#chart-ratio"));
        Assert.NotEqual(tableBefore, await page.TextContentAsync("#series table[data-chart='ratio']"));

        var series = await fixture.GraphQL.QueryAsync(
            """query($m: ID!, $t: ID!) { series(indicator: "tension_ratio", metier: $m, territory: $t, level: DEP) { period value status } }""",
            new { m = target.Metier, t = target.Department });
        var published = series.GetProperty("series").EnumerateArray()
            .Where(o => o.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Select(o => (Period: o.GetProperty("period").GetString()!, Value: o.GetProperty("value").GetDouble()))
            .OrderBy(o => o.Period, StringComparer.Ordinal).ToList();
        Assert.True(published.Count >= 3);

        var points = await page.Locator("#chart-ratio .point").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.period, e.dataset.value])");
        Assert.Equal(published, points.Select(p => (Period: p[0], Value: double.Parse(p[1], CultureInfo.InvariantCulture))).OrderBy(p => p.Period, StringComparer.Ordinal).ToList());

        var last = published[^1];
        var cell = page.Locator($"#series td[data-indicator='tension_ratio'][data-period='{last.Period}'] .value");
        Assert.Equal(last.Value.ToString("0.00", French), (await cell.TextContentAsync())!.Trim());

        var comparison = await fixture.GraphQL.QueryAsync(
            """query($m: ID!, $t: ID!) { compare(indicator: "tension_ratio", metier: $m, territory: $t) { territory { value status } } }""",
            new { m = target.Metier, t = target.Department });
        var compared = comparison.GetProperty("compare").GetProperty("territory").GetProperty("value");
        var compareCell = page.Locator($"#compare table td[data-territory='{target.Department}']").First;
        if (compared.ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(compared.GetDouble(), double.Parse((await compareCell.Locator(".value").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.Equal(1, await compareCell.Locator(".masked").CountAsync());
        }
        await DashboardPage.ScreenshotAsync(page, "dashboard-after-selection");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task Selectors_and_heatmap_cells_are_reached_and_changed_with_the_keyboard()
    {
        var page = await DashboardPage.OpenAsync(fixture);
        var before = await DashboardPage.SelectionAsync(page);

        await TabToAsync(page, "#select-departement", 12);
        await page.Keyboard.PressAsync(await IsLastOptionAsync(page, "#select-departement") ? "ArrowUp" : "ArrowDown");
        var afterDepartment = await DashboardPage.SelectionAsync(page);
        Assert.NotEqual(before.Department, afterDepartment.Department);
        await DashboardPage.WaitPanelsAsync(page, afterDepartment.Metier, afterDepartment.Department);
        Assert.Contains($"departement={afterDepartment.Department}", page.Url, StringComparison.Ordinal);

        await TabToAsync(page, "#select-metier", 1);
        await page.Keyboard.PressAsync(await IsLastOptionAsync(page, "#select-metier") ? "ArrowUp" : "ArrowDown");
        var afterMetier = await DashboardPage.SelectionAsync(page);
        Assert.NotEqual(afterDepartment.Metier, afterMetier.Metier);
        await DashboardPage.WaitPanelsAsync(page, afterMetier.Metier, afterMetier.Department);

        // Year selector, then the levels switch (one tab stop for its two radio buttons), then the heatmap.
        await TabToAsync(page, "#heatmap button.cell", 5);
        var start = await FocusedCellAsync(page);
        var detailBefore = await page.InnerTextAsync("#heatmap-detail");
        await page.Keyboard.PressAsync("ArrowDown");
        var moved = await FocusedCellAsync(page);
        if (moved == start)
        {
            await page.Keyboard.PressAsync("ArrowUp");
            moved = await FocusedCellAsync(page);
        }
        Assert.NotEqual(start, moved);
        Assert.NotEqual(detailBefore, await page.InnerTextAsync("#heatmap-detail"));

        await page.Keyboard.PressAsync("Enter");
        await DashboardPage.WaitPanelsAsync(page, moved.Metier, moved.Territory);
        var chosen = await DashboardPage.SelectionAsync(page);
        Assert.Equal((moved.Metier, moved.Territory), (chosen.Metier, chosen.Department));
        Assert.Equal(moved, await FocusedCellAsync(page));
        Assert.Equal("true", await page.GetAttributeAsync("#heatmap button.cell:focus", "aria-pressed"));
        await DashboardPage.ScreenshotAsync(page, "dashboard-keyboard");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task Changing_the_year_reloads_the_heatmap_and_back_restores_the_previous_year()
    {
        var page = await DashboardPage.OpenAsync(fixture);
        var (region, department, metier) = await DashboardPage.SelectionAsync(page);
        var latest = await page.InputValueAsync("#select-annee");
        var years = await page.Locator("#select-annee option").AllTextContentsAsync();
        var earlier = years.First(y => y != latest);
        await page.SelectOptionAsync("#select-annee", earlier);
        await page.WaitForFunctionAsync("(y) => document.getElementById('heatmap').dataset.key.split('|')[1] === y && document.getElementById('heatmap').dataset.state === 'ready'", earlier);
        Assert.Contains(earlier, await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);

        var data = await fixture.GraphQL.QueryAsync(
            "query($r: ID!, $y: Int) { tensionGrid(region: $r, year: $y) { metier { code } territory { code } year level } }",
            new { r = region, y = int.Parse(earlier, CultureInfo.InvariantCulture) });
        var entry = data.GetProperty("tensionGrid").EnumerateArray().First(e => e.GetProperty("level").ValueKind == JsonValueKind.Number);
        Assert.Equal(earlier, entry.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture));
        var cell = page.Locator($"#heatmap button.cell[data-metier='{entry.GetProperty("metier").GetProperty("code").GetString()}'][data-territory='{entry.GetProperty("territory").GetProperty("code").GetString()}'] .lvl");
        Assert.Equal(entry.GetProperty("level").GetInt32().ToString(CultureInfo.InvariantCulture), (await cell.InnerTextAsync()).Trim());

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("(y) => document.getElementById('select-annee').value === y", latest);
        await DashboardPage.WaitPanelsAsync(page, metier, department);
        Assert.Contains(latest, await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);
        await DashboardPage.CloseAsync(page);
    }

    private static async Task TabToAsync(IPage page, string selector, int maxTabs)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("(s) => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        var active = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'none'");
        Assert.Fail($"{selector} not reached within {maxTabs} Tab presses; focus is on {active}");
    }

    private static Task<bool> IsLastOptionAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<bool>(selector, "s => s.selectedIndex === s.options.length - 1");

    private static async Task<(string Metier, string Territory)> FocusedCellAsync(IPage page)
    {
        var pair = await page.EvaluateAsync<string[]>("() => { const e = document.activeElement; return e?.matches('button.cell') ? [e.dataset.metier, e.dataset.territory] : ['', ''] }");
        Assert.NotEqual("", pair[0]);
        return (pair[0], pair[1]);
    }
}
