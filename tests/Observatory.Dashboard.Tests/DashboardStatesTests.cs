using System.Text.Json;

namespace Observatory.Dashboard.Tests;

/// <summary>Masked values, the narrow screen and the error state of the dashboard.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardStatesTests(DashboardFixture fixture)
{
    private const string QualityIndicators = """["absenteeism_rate", "turnover_rate", "vacant_fte_rate", "share_55_plus", "work_accident_frequency"]""";

    [Fact]
    public async Task Masked_values_show_s_with_their_note_on_focus_and_in_the_note_list_never_zero()
    {
        var periods = await fixture.GraphQL.QueryAsync("""{ periods(indicator: "absenteeism_rate") }""");
        var period = periods.GetProperty("periods")[0].GetString();
        var data = await fixture.GraphQL.QueryAsync(
            $$"""
            query($p: String) {
              observations(filter: { indicators: {{QualityIndicators}}, status: [SECRET], level: DEP, from: $p, to: $p }, first: 20) {
                nodes { indicator { code } metier { code } territory { code parent { code } } value footnotes }
              }
            }
            """,
            new { p = period });
        var masked = data.GetProperty("observations").GetProperty("nodes")[0];
        Assert.Equal(JsonValueKind.Null, masked.GetProperty("value").ValueKind);
        var indicator = masked.GetProperty("indicator").GetProperty("code").GetString();
        var metier = masked.GetProperty("metier").GetProperty("code").GetString()!;
        var department = masked.GetProperty("territory").GetProperty("code").GetString()!;
        var region = masked.GetProperty("territory").GetProperty("parent").GetProperty("code").GetString()!;

        // A shared address restores the selection.
        var page = await DashboardPage.OpenAsync(fixture, $"region={region}&departement={department}&metier={Uri.EscapeDataString(metier)}");
        Assert.Equal((region, department, metier), await DashboardPage.SelectionAsync(page));

        var cell = page.Locator($"#qwl tbody[data-metier='{metier}'] td[data-indicator='{indicator}'][data-level='DEP']");
        Assert.Equal(0, await cell.Locator(".value").CountAsync());
        var mark = cell.Locator(".masked");
        Assert.Equal("s", (await mark.Locator("[aria-hidden='true']").TextContentAsync())?.Trim());
        var tip = await mark.GetAttributeAsync("data-tip");
        Assert.False(string.IsNullOrWhiteSpace(tip));
        foreach (var footnote in masked.GetProperty("footnotes").EnumerateArray())
        {
            Assert.Contains(footnote.GetString()!, tip, StringComparison.Ordinal);
        }

        await mark.FocusAsync();
        var shownTip = await mark.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Contains(tip!, shownTip, StringComparison.Ordinal);
        var notes = await page.Locator("#qwl .notes li").AllTextContentsAsync();
        Assert.Contains(notes, n => tip!.Contains(n, StringComparison.Ordinal));
        await DashboardPage.ScreenshotAsync(page, "dashboard-masked");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task A_masked_point_of_a_series_breaks_the_line_and_is_marked_s()
    {
        var data = await fixture.GraphQL.QueryAsync(
            """{ observations(filter: { indicators: ["tension_ratio"], status: [SECRET], level: DEP }, first: 5) { nodes { metier { code } territory { code parent { code } } period } } }""");
        var masked = data.GetProperty("observations").GetProperty("nodes")[0];
        var metier = masked.GetProperty("metier").GetProperty("code").GetString()!;
        var department = masked.GetProperty("territory").GetProperty("code").GetString()!;
        var region = masked.GetProperty("territory").GetProperty("parent").GetProperty("code").GetString()!;
        var period = masked.GetProperty("period").GetString();

        var page = await DashboardPage.OpenAsync(fixture, $"region={region}&departement={department}&metier={Uri.EscapeDataString(metier)}");
        Assert.Equal(0, await page.Locator($"#chart-ratio .point[data-period='{period}']").CountAsync());
        Assert.Equal("s", (await page.Locator($"#chart-ratio .masked-mark[data-period='{period}']").TextContentAsync())?.Trim()[..1]);
        var tableCell = page.Locator($"#series td[data-indicator='tension_ratio'][data-period='{period}']");
        Assert.Equal(1, await tableCell.Locator(".masked").CountAsync());
        Assert.DoesNotContain("0,00", await tableCell.TextContentAsync(), StringComparison.Ordinal);
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task On_a_narrow_screen_the_page_does_not_overflow_and_the_selectors_fit()
    {
        var page = await DashboardPage.OpenAsync(fixture, width: 390, height: 844);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"),
            "the page scrolls horizontally at 390 px");
        foreach (var id in new[] { "select-region", "select-departement", "select-metier" })
        {
            var box = await page.Locator($"#{id}").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"#{id} is outside the screen ({box.X} + {box.Width})");
        }
        await DashboardPage.ScreenshotAsync(page, "dashboard-narrow");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task When_the_api_does_not_answer_a_french_error_is_shown_and_retry_recovers()
    {
        var page = await fixture.NewPageAsync();
        await page.RouteAsync("**/graphql", route => route.AbortAsync());
        await page.GotoAsync(fixture.BaseAddress.ToString());
        var alert = page.Locator("#status [role='alert']");
        await alert.WaitForAsync();
        Assert.Contains("Le serveur ne répond pas", await alert.TextContentAsync(), StringComparison.Ordinal);
        await DashboardPage.ScreenshotAsync(page, "dashboard-error");

        await page.UnrouteAsync("**/graphql");
        await page.ClickAsync("#status button.retry");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Equal(0, await alert.CountAsync());
        await DashboardPage.CloseAsync(page);
    }
}
