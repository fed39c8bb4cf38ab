using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Observatory.Dashboard.Tests;

/// <summary>
/// The tension heatmap: the switch between the observatory's levels and the official DARES – France Travail ones, the
/// year opened by default, the wording of the index's reference period and the pointer from a métier to the group its
/// index is published for. What the page shows is compared with what <c>/graphql</c> returns for the same question.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTensionTests(DashboardFixture fixture)
{
    private const string GridQuery =
        "query($r: ID!, $y: Int) { tensionGrid(region: $r, year: $y) { metier { code isGroup } territory { code } year level status official { level label status } } }";

    private const string ObservatoryName = "Niveaux de l’observatoire";
    private const string OfficialName = "Niveaux officiels DARES – France Travail";

    [Fact]
    public async Task Switching_to_the_official_levels_shows_the_official_levels_of_the_api_and_the_address_keeps_the_choice()
    {
        var page = await DashboardPage.OpenAsync(fixture);
        var (region, department, metier) = await DashboardPage.SelectionAsync(page);
        var year = await page.InputValueAsync("#select-annee");
        var entries = await GridAsync(region, year);

        // An accessible switch: two labelled radio buttons in a group named « Niveaux affichés »; the observatory's by default.
        Assert.Equal("Niveaux affichés", (await page.Locator("#heatmap fieldset.level-mode legend").InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = ObservatoryName, Exact = true }).IsCheckedAsync());
        Assert.False(await page.GetByRole(AriaRole.Radio, new() { Name = OfficialName, Exact = true }).IsCheckedAsync());
        Assert.Contains("niveaux=observatoire", page.Url, StringComparison.Ordinal);
        var observatoryTexts = await CellTextsAsync(page);
        Assert.Contains("de l’observatoire", await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);

        await page.ClickAsync("label[for='niveaux-officiel']");
        await WaitHeatmapModeAsync(page, "officiel", metier, department);
        Assert.Contains("niveaux=officiel", page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = OfficialName, Exact = true }).IsCheckedAsync());
        Assert.Contains("officiels DARES – France Travail", await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);
        Assert.Contains("officiels DARES – France Travail", await page.GetAttributeAsync("#heatmap-legend ul", "aria-label"), StringComparison.Ordinal);
        Assert.Contains("niveaux officiels publiés par la DARES et France Travail", await page.InnerTextAsync("#heatmap-source"), StringComparison.Ordinal);
        Assert.Equal(6, await page.Locator("#heatmap-legend li").CountAsync());

        var officialTexts = await CellTextsAsync(page);
        int levels = 0, withoutLevel = 0, differing = 0;
        foreach (var entry in entries)
        {
            var key = Key(entry);
            var cell = page.Locator($"#heatmap button.cell[data-metier='{key.Metier}'][data-territory='{key.Territory}']");
            var label = await cell.GetAttributeAsync("aria-label");
            Assert.Contains("niveau officiel DARES – France Travail", label, StringComparison.Ordinal);
            var official = entry.GetProperty("official");
            var level = official.ValueKind == JsonValueKind.Object ? official.GetProperty("level") : default;
            if (level.ValueKind == JsonValueKind.Number && official.GetProperty("status").GetString() is not "MISSING")
            {
                var expected = level.GetInt32().ToString(CultureInfo.InvariantCulture);
                Assert.Equal(expected, officialTexts[key]);
                Assert.Contains($"niveau officiel DARES – France Travail {expected}, {official.GetProperty("label").GetString()}", label, StringComparison.Ordinal);
                levels++;
                if (entry.GetProperty("level").ValueKind == JsonValueKind.Number && entry.GetProperty("level").GetInt32() != level.GetInt32())
                {
                    Assert.NotEqual(observatoryTexts[key], officialTexts[key]);
                    differing++;
                }
            }
            else
            {
                // No official level: the same « s » / « nd » convention as the observatory's masked cells, explained in French.
                Assert.True(officialTexts[key] is "nd" or "s", $"{key}: a cell without official level shows '{officialTexts[key]}'");
                Assert.Matches("(non publié|non disponible|pas de ligne|masqué)", label);
                withoutLevel++;
            }
        }
        Assert.True(levels >= 5, $"only {levels} official levels checked");
        Assert.True(differing > 0 || entries.All(e => SameLevel(e)), "no cell changed although the API gives different official levels");

        // Focus and the detail say which level is which.
        await page.Locator("#heatmap button.cell[tabindex='0']").FocusAsync();
        Assert.Contains("Niveau officiel DARES – France Travail", await page.InnerTextAsync("#heatmap-detail"), StringComparison.Ordinal);
        await DashboardPage.ScreenshotAsync(page, "dashboard-official-levels");

        // Back restores the observatory's levels, Forward the official ones (the choice is in the address).
        await page.GoBackAsync();
        await WaitHeatmapModeAsync(page, "observatoire", metier, department);
        Assert.Contains("niveaux=observatoire", page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = ObservatoryName, Exact = true }).IsCheckedAsync());
        Assert.Equal(observatoryTexts, await CellTextsAsync(page));
        await page.GoForwardAsync();
        await WaitHeatmapModeAsync(page, "officiel", metier, department);
        Assert.Equal(officialTexts, await CellTextsAsync(page));

        // The arrow keys move between the two radio buttons (one tab stop), with a visible focus.
        await page.FocusAsync("#niveaux-officiel");
        await page.Keyboard.PressAsync("ArrowLeft");
        await WaitHeatmapModeAsync(page, "observatoire", metier, department);
        Assert.Equal("niveaux-observatoire", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('label[for=niveaux-observatoire]')).outlineStyle");
        Assert.Equal("solid", outline);
        await DashboardPage.CloseAsync(page);

        // A shared address opens on the official levels.
        var shared = await DashboardPage.OpenAsync(fixture, $"region={region}&departement={department}&metier={Uri.EscapeDataString(metier)}&annee={year}&niveaux=officiel");
        Assert.True(await shared.GetByRole(AriaRole.Radio, new() { Name = OfficialName, Exact = true }).IsCheckedAsync());
        Assert.Equal(officialTexts, await CellTextsAsync(shared));
        await DashboardPage.CloseAsync(shared);
    }

    [Fact]
    public async Task The_page_opens_on_the_latest_year_whose_grid_has_a_published_level()
    {
        var page = await DashboardPage.OpenAsync(fixture);
        var (region, _, _) = await DashboardPage.SelectionAsync(page);
        var expected = await LatestPublishedYearAsync(region);
        Assert.Equal(expected, await page.InputValueAsync("#select-annee"));
        Assert.Contains($"annee={expected}", page.Url, StringComparison.Ordinal);
        Assert.Contains(expected, await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);
        var levels = await page.Locator("#heatmap button.cell .lvl").AllInnerTextsAsync();
        Assert.Contains(levels, l => l.Trim() is "1" or "2" or "3" or "4" or "5");
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task When_the_latest_year_has_no_published_level_the_page_opens_on_the_latest_year_that_has()
    {
        // The sample publishes every year; the API's answer for the latest year is turned into a grid without any
        // usable level (every cell secret), as an edition whose newest year has no published index yet.
        var years = await TensionYearsAsync();
        var latest = years[0];
        var page = await DashboardPage.OpenAsync(fixture, prepare: p => p.RouteAsync("**/graphql", route => MaskYearAsync(route, latest)));
        var (region, department, metier) = await DashboardPage.SelectionAsync(page);

        var expected = await LatestPublishedYearAsync(region, skip: latest);
        Assert.NotEqual(latest, expected);
        Assert.Equal(expected, await page.InputValueAsync("#select-annee"));
        Assert.Contains($"annee={expected}", page.Url, StringComparison.Ordinal);
        Assert.Contains(expected, await page.InnerTextAsync("#heatmap .table-caption"), StringComparison.Ordinal);

        // Choosing the empty year on purpose shows it, says why, and offers the latest year with levels.
        await page.SelectOptionAsync("#select-annee", latest);
        await page.WaitForFunctionAsync("(y) => document.getElementById('heatmap').dataset.key.split('|')[1] === y && document.getElementById('heatmap').dataset.state === 'ready'", latest);
        var texts = await page.Locator("#heatmap button.cell .lvl").AllInnerTextsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Trim() is "s" or "nd" || t.Trim().EndsWith('*'), $"cell '{t}' in a year without levels"));
        var notice = page.Locator("#heatmap .year-notice");
        Assert.Contains($"Aucun niveau de l’observatoire publié pour {latest}", await notice.InnerTextAsync(), StringComparison.Ordinal);
        await notice.Locator("button").ClickAsync();
        await page.WaitForFunctionAsync("(y) => document.getElementById('heatmap').dataset.key.split('|')[1] === y && document.getElementById('heatmap').dataset.state === 'ready'", expected);
        Assert.Equal(expected, await page.InputValueAsync("#select-annee"));
        await DashboardPage.WaitPanelsAsync(page, metier, department);
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task The_header_names_the_reference_period_of_the_index_as_the_api_gives_it()
    {
        var data = await fixture.GraphQL.QueryAsync("""{ edition { referenceFirstYear referenceLastYear } indicator(code: "tension_index") { periodConvention } }""");
        var edition = data.GetProperty("edition");
        var reference = string.Create(CultureInfo.InvariantCulture,
            $"{edition.GetProperty("referenceFirstYear").GetInt32()}–{edition.GetProperty("referenceLastYear").GetInt32()}");
        var page = await DashboardPage.OpenAsync(fixture);
        var header = await page.InnerTextAsync("#edition");
        Assert.Contains($"Période de référence de l’indice : {reference}", header, StringComparison.Ordinal);
        Assert.DoesNotContain("année de référence", header, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(reference, await page.InnerTextAsync("#edition .reference-year"));
        Assert.Equal(data.GetProperty("indicator").GetProperty("periodConvention").GetString(), await page.GetAttributeAsync("#edition .reference-period", "title"));
        await DashboardPage.CloseAsync(page);
    }

    [Fact]
    public async Task A_metier_without_its_own_index_points_to_the_group_it_is_published_for()
    {
        const string Metier = "ADVF";
        const string Department = "40";
        var catalogue = await fixture.GraphQL.QueryAsync("{ metiers(includeGroups: true) { code isGroup members { code } } territory(code: \"40\") { parent { code } } }");
        var region = catalogue.GetProperty("territory").GetProperty("parent").GetProperty("code").GetString()!;
        var advf = catalogue.GetProperty("metiers").EnumerateArray().Single(m => m.GetProperty("code").GetString() == Metier);
        Assert.False(advf.GetProperty("isGroup").GetBoolean());

        var page = await DashboardPage.OpenAsync(fixture, $"region={region}&departement={Department}&metier={Metier}");
        var year = await page.InputValueAsync("#select-annee");
        var entries = await GridAsync(region, year);
        Assert.DoesNotContain(entries, e => Key(e).Metier == Metier);
        var groupsWithMetier = catalogue.GetProperty("metiers").EnumerateArray()
            .Where(m => m.GetProperty("isGroup").GetBoolean() && m.GetProperty("members").EnumerateArray().Any(x => x.GetProperty("code").GetString() == Metier))
            .Select(m => m.GetProperty("code").GetString()!).ToHashSet();
        var group = entries.Select(e => Key(e).Metier).Distinct().Single(groupsWithMetier.Contains);
        Assert.Equal("ADVF+TISF", group);

        var pointer = page.Locator("#heatmap .group-pointer");
        Assert.Contains("L’indice de tension est publié pour le groupe ADVF + TISF", await pointer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("note", await pointer.GetAttributeAsync("role"));
        // The tension index compared for ADVF alone: the comparison panel points to the group instead of staying empty.
        await page.SelectOptionAsync("#select-indicateur", "tension_index");
        await page.WaitForFunctionAsync("() => document.getElementById('compare').dataset.key.endsWith('|tension_index') && document.getElementById('compare').dataset.state === 'ready'");
        Assert.Contains("L’indice de tension est publié pour le groupe ADVF + TISF", await page.InnerTextAsync("#compare .group-pointer"), StringComparison.Ordinal);
        await DashboardPage.ScreenshotAsync(page, "dashboard-group-pointer");

        var button = pointer.GetByRole(AriaRole.Button, new() { Name = "Afficher le groupe ADVF + TISF" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await DashboardPage.WaitPanelsAsync(page, group, Department);
        Assert.Equal(group, await page.InputValueAsync("#select-metier"));
        Assert.Contains($"metier={Uri.EscapeDataString(group)}", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#heatmap .group-pointer").CountAsync());
        // The focus lands on the group's cell of the department, which is selected.
        Assert.Equal(new[] { group, Department }, await page.EvaluateAsync<string[]>("() => [document.activeElement?.dataset.metier ?? '', document.activeElement?.dataset.territory ?? '']"));
        Assert.Equal("true", await page.GetAttributeAsync("#heatmap button.cell:focus", "aria-pressed"));
        var index = await fixture.GraphQL.QueryAsync(
            """query($m: ID!, $t: ID!) { compare(indicator: "tension_index", metier: $m, territory: $t) { territory { value status } } }""",
            new { m = group, t = Department });
        Assert.Equal(JsonValueKind.Object, index.GetProperty("compare").ValueKind);
        Assert.Equal(0, await page.Locator("#compare .group-pointer").CountAsync());

        await page.GoBackAsync();
        await DashboardPage.WaitPanelsAsync(page, Metier, Department);
        Assert.Equal(Metier, await page.InputValueAsync("#select-metier"));
        Assert.Equal(1, await page.Locator("#heatmap .group-pointer").CountAsync());
        await DashboardPage.CloseAsync(page);
    }

    private async Task<List<JsonElement>> GridAsync(string region, string year)
    {
        var data = await fixture.GraphQL.QueryAsync(GridQuery, new { r = region, y = int.Parse(year, CultureInfo.InvariantCulture) });
        return [.. data.GetProperty("tensionGrid").EnumerateArray()];
    }

    private async Task<List<string>> TensionYearsAsync()
    {
        var data = await fixture.GraphQL.QueryAsync("""{ periods(indicator: "tension_index") }""");
        return [.. data.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).OrderByDescending(p => int.Parse(p, CultureInfo.InvariantCulture))];
    }

    /// <summary>The latest year whose grid of the region has a level neither secret nor missing, asked to the API.</summary>
    private async Task<string> LatestPublishedYearAsync(string region, string? skip = null)
    {
        foreach (var year in await TensionYearsAsync())
        {
            if (year == skip)
            {
                continue;
            }
            var entries = await GridAsync(region, year);
            if (entries.Any(e => e.GetProperty("level").ValueKind == JsonValueKind.Number && e.GetProperty("status").GetString() is not ("SECRET" or "MISSING")))
            {
                return year;
            }
        }
        throw new InvalidOperationException($"no year of the tension grid of region {region} has a published level");
    }

    /// <summary>Answers the dashboard's tension grid of <paramref name="year"/> with every cell secret; other requests pass.</summary>
    private static async Task MaskYearAsync(IRoute route, string year)
    {
        var body = route.Request.PostData;
        if (body is null || !body.Contains("DashboardTensionGrid", StringComparison.Ordinal))
        {
            await route.ContinueAsync();
            return;
        }
        var variables = JsonNode.Parse(body)?["variables"];
        if (variables?["year"]?.GetValue<int>().ToString(CultureInfo.InvariantCulture) != year)
        {
            await route.ContinueAsync();
            return;
        }
        var response = await route.FetchAsync();
        var json = JsonNode.Parse(await response.TextAsync())!;
        foreach (var entry in json["data"]!["tensionGrid"]!.AsArray())
        {
            entry!["level"] = null;
            entry["label"] = null;
            entry["index"] = null;
            entry["rank"] = null;
            entry["status"] = "SECRET";
            entry["fallback"] = null;
        }
        await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = json.ToJsonString() });
    }

    private static (string Metier, string Territory) Key(JsonElement entry) =>
        (entry.GetProperty("metier").GetProperty("code").GetString()!, entry.GetProperty("territory").GetProperty("code").GetString()!);

    private static bool SameLevel(JsonElement entry)
    {
        var official = entry.GetProperty("official");
        if (official.ValueKind != JsonValueKind.Object || official.GetProperty("level").ValueKind != JsonValueKind.Number
            || entry.GetProperty("level").ValueKind != JsonValueKind.Number)
        {
            return true;
        }
        return official.GetProperty("level").GetInt32() == entry.GetProperty("level").GetInt32();
    }

    private static async Task WaitHeatmapModeAsync(IPage page, string mode, string metier, string department)
    {
        await page.WaitForFunctionAsync(
            "([mode, metier, dep]) => { const s = document.getElementById('heatmap'); const k = (s.dataset.key ?? '').split('|'); return s.dataset.state === 'ready' && k[2] === mode && k[3] === metier && k[4] === dep; }",
            new object[] { mode, metier, department });
    }

    private static async Task<Dictionary<(string Metier, string Territory), string>> CellTextsAsync(IPage page)
    {
        var cells = await page.Locator("#heatmap button.cell").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.dataset.metier, e.dataset.territory, e.querySelector('.lvl').textContent.trim()])");
        return cells.ToDictionary(c => (c[0], c[1]), c => c[2]);
    }
}
