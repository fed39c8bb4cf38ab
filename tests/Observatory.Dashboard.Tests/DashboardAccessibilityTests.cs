using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Observatory.Dashboard.Tests;

/// <summary>
/// Accessibility (RGAA / WCAG 2.1 AA): axe-core, pinned in eng/node and injected into the real page, finds no serious or
/// critical violation in the default view and in a view with data, at desktop size and on a 390 × 844 phone; on the
/// phone the heatmap's métier column and caption stay in view, wide tables scroll in focusable named regions and the
/// charts' text is not shrunk below 12 px.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardAccessibilityTests(DashboardFixture fixture)
{
    private const string DataView = "region=75&departement=40&metier=AS&annee=2025";

    public static TheoryData<string, int, int> Views => new()
    {
        { "", 1280, 900 },
        { DataView, 1280, 900 },
        { DataView + "&niveaux=officiel", 1280, 900 },
        { "", 390, 844 },
        { DataView, 390, 844 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Axe_finds_no_serious_or_critical_violation(string query, int width, int height)
    {
        var page = await DashboardPage.OpenAsync(fixture, query, width, height, bypassCsp: true);
        // Check what is behind the « Voir les données en tableau » disclosures and in the cell detail too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        await page.Locator("#heatmap button.cell[tabindex='0']").FocusAsync();
        var violations = await AxeAsync(page);
        await DashboardPage.CloseAsync(page);
        Assert.True(violations.Count == 0,
            $"axe-core found serious or critical violations in /?{query} at {width}×{height}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task Heatmap_cells_have_their_visible_text_at_the_start_of_their_accessible_name()
    {
        var page = await DashboardPage.OpenAsync(fixture, DataView);
        var cells = await page.Locator("#heatmap button.cell").EvaluateAllAsync<string[][]>(
            "els => els.map((e) => [e.innerText.replace(/\\s+/g, ' ').trim(), e.getAttribute('aria-label')])");
        Assert.True(cells.Length > 10, $"only {cells.Length} heatmap cells");
        foreach (var cell in cells)
        {
            Assert.StartsWith(cell[0] + " — ", cell[1], StringComparison.Ordinal);
        }
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_metier_column_and_the_caption_stay_in_view_and_the_charts_text_is_readable()
    {
        var page = await DashboardPage.OpenAsync(fixture, DataView, 390, 844);
        var (_, _, metier) = await DashboardPage.SelectionAsync(page);
        var scroll = page.Locator("#heatmap .table-scroll");
        var overflow = await scroll.EvaluateAsync<double[]>("(el) => [el.scrollWidth, el.clientWidth]");
        Assert.True(overflow[0] > overflow[1], $"the heatmap does not scroll at 390 px ({overflow[0]} in {overflow[1]}): nothing to check");

        // A named region in the tab order, so that the keyboard can scroll it; its focus is visible.
        await AssertFocusableRegionAsync(scroll);
        await scroll.EvaluateAsync("(el) => { el.scrollLeft = el.scrollWidth; }");
        await page.WaitForFunctionAsync("(el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1", await scroll.ElementHandleAsync());

        // The selected métier's row header is inside the screen and on top (not hidden under the cells scrolled past it).
        var header = page.Locator($"#heatmap tr:has(button.cell[data-metier='{metier}']) > th[scope='row']");
        await AssertInViewAndOnTopAsync(page, header, "the métier column");
        Assert.True(await page.Locator("#heatmap thead th").First.EvaluateAsync<bool>(
            "(th) => { const r = th.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; }"), "the « Métier » header scrolled away");

        // The caption wraps above the scroll box: entirely inside the screen, nothing cut.
        var caption = page.Locator("#heatmap .table-caption");
        Assert.Contains("par métier et département", await caption.InnerTextAsync(), StringComparison.Ordinal);
        var captionBox = await caption.BoundingBoxAsync();
        Assert.NotNull(captionBox);
        Assert.True(captionBox.X >= 0 && captionBox.X + captionBox.Width <= 390, $"the caption is outside the screen ({captionBox.X} + {captionBox.Width})");
        Assert.False(await caption.EvaluateAsync<bool>(
            "(el) => el.scrollWidth > el.clientWidth + 1 || el.closest('.table-scroll') !== null"), "the caption is clipped or scrolls with the table");
        await DashboardPage.ScreenshotAsync(page, "dashboard-phone-heatmap-scrolled");

        // The quality-of-work-life table: a focusable named region, its territory column sticky.
        var qwl = page.Locator("#qwl .table-scroll");
        if (await qwl.CountAsync() > 0)
        {
            await AssertFocusableRegionAsync(qwl);
            await qwl.EvaluateAsync("(el) => { el.scrollLeft = el.scrollWidth; }");
            await AssertInViewAndOnTopAsync(page, page.Locator("#qwl tbody tr.selected > th[scope='row']").First, "the territory column of the quality-of-work-life table");
        }

        // Chart text (axes, bar labels) rendered at 12 px or more.
        var sizes = await page.Locator("#series svg.chart text, #compare svg.chart text").EvaluateAllAsync<double[]>(
            "els => els.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)");
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 12, $"chart text is {sizes.Min().ToString("0.0", CultureInfo.InvariantCulture)} px on a phone");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task Charts_are_redrawn_for_a_phone_when_the_screen_narrows()
    {
        var page = await DashboardPage.OpenAsync(fixture, DataView);
        var (_, department, metier) = await DashboardPage.SelectionAsync(page);
        Assert.StartsWith("0 0 640 ", await page.GetAttributeAsync("#chart-ratio svg", "viewBox"), StringComparison.Ordinal);
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForFunctionAsync("() => document.querySelector('#chart-ratio svg')?.getAttribute('viewBox').startsWith('0 0 360 ')");
        await DashboardPage.WaitPanelsAsync(page, metier, department);
        var after = await DashboardPage.SelectionAsync(page);
        Assert.Equal(metier, after.Metier);
        Assert.Equal(department, after.Department);
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task Keyboard_reaches_the_heatmap_region_then_its_cells()
    {
        var page = await DashboardPage.OpenAsync(fixture, DataView, 390, 844);
        await page.FocusAsync("#niveaux-observatoire");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('#heatmap .table-scroll')"), "Tab after the switch does not reach the heatmap's scroll region");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('#heatmap button.cell')"), "Tab after the scroll region does not reach the heatmap's cells");
        await page.Keyboard.PressAsync("End");
        var last = await page.EvaluateAsync<string>("() => document.activeElement.dataset.col");
        Assert.Equal(await page.Locator("#heatmap thead th").CountAsync() - 2, int.Parse(last, CultureInfo.InvariantCulture));
        // The focused cell at the end of the row is visible, not under the sticky métier column.
        await AssertInViewAndOnTopAsync(page, page.Locator("#heatmap button.cell:focus"), "the focused cell");
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.activeElement.dataset.col"));
        await AssertInViewAndOnTopAsync(page, page.Locator("#heatmap button.cell:focus"), "the focused first cell");
        await DashboardPage.CloseAsync(page);
    }

    private static async Task AssertFocusableRegionAsync(ILocator scroll)
    {
        Assert.Equal("0", await scroll.GetAttributeAsync("tabindex"));
        Assert.Equal("region", await scroll.GetAttributeAsync("role"));
        var name = await scroll.EvaluateAsync<string>("(el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? el.getAttribute('aria-label') ?? ''");
        Assert.False(string.IsNullOrWhiteSpace(name), "the scroll region has no accessible name");
        await scroll.FocusAsync();
        var focusVisible = await scroll.EvaluateAsync<bool>("(el) => { const s = getComputedStyle(el); return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }");
        Assert.True(focusVisible, "the focused scroll region shows no focus indicator");
    }

    private static async Task AssertInViewAndOnTopAsync(IPage page, ILocator element, string what)
    {
        // Only the page scrolls (vertically): the table's own horizontal scroll is what is being checked.
        await element.EvaluateAsync("(el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 2)");
        var state = await element.EvaluateAsync<JsonElement>("""
            (el) => {
              const r = el.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return { left: r.left, right: r.right, onTop: hit !== null && (el === hit || el.contains(hit)) };
            }
            """);
        var left = state.GetProperty("left").GetDouble();
        var right = state.GetProperty("right").GetDouble();
        var width = await page.EvaluateAsync<double>("() => window.innerWidth");
        Assert.True(left >= -0.5 && right <= width + 0.5, $"{what} is outside the screen ({left} → {right}, screen {width})");
        Assert.True(state.GetProperty("onTop").GetBoolean(), $"{what} is covered by another element");
    }

    /// <summary>
    /// Runs axe-core (eng/node/node_modules/axe-core, npm ci) in the page, its experimental rules included; returns its
    /// serious and critical violations.
    /// </summary>
    private static async Task<List<string>> AxeAsync(IPage page)
    {
        var axe = Path.Combine(RepoPaths.Root, "eng", "node", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"{axe} is missing: run eng/fetch-node-tools.sh (the test project's build does)");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              // Experimental rules are off by default; label-content-name-mismatch (WCAG 2.5.3) is one of them.
              const rules = Object.fromEntries(axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]));
              const r = await axe.run(document, { resultTypes: ['violations'], rules });
              return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                  targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')) }));
            }
            """);
        var list = new List<string>();
        foreach (var v in result.EnumerateArray())
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()} nodes): {v.GetProperty("help").GetString()}");
            foreach (var t in v.GetProperty("targets").EnumerateArray())
            {
                text.Append("\n    ").Append(t.GetString());
            }
            list.Add(text.ToString());
        }
        return list;
    }
}
