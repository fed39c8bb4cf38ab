using System.Net;
using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class RootFieldTests(SampleWarehouseFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Edition_is_the_published_build()
    {
        var data = await GraphQLClient.DataAsync(_client, "{ edition { run builtAt duckdbVersion referenceYear referenceFirstYear referenceLastYear } }");
        var edition = data.GetProperty("edition");
        Assert.Equal(fixture.Build.RunId, edition.GetProperty("run").GetString());
        Assert.Equal(fixture.Count("select reference_first_year from build_info"), edition.GetProperty("referenceFirstYear").GetInt32());
        Assert.Equal(fixture.Count("select reference_last_year from build_info"), edition.GetProperty("referenceLastYear").GetInt32());
        Assert.Equal(edition.GetProperty("referenceLastYear").GetInt32(), edition.GetProperty("referenceYear").GetInt32());
        Assert.True(edition.GetProperty("referenceFirstYear").GetInt32() < edition.GetProperty("referenceLastYear").GetInt32());
        Assert.StartsWith("v1.", edition.GetProperty("duckdbVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_match_the_catalogue_with_bilingual_labels()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ all: indicators { code label labelFr labelEn direction computed sources } demand: indicators(family: \"demand\") { code } one: indicator(code: \"recruitment_difficulty_rate\") { labelEn family direction } none: indicator(code: \"nope\") { code } }");
        Assert.Equal(fixture.Count("select count(*) from pub.indicators"), data.GetProperty("all").GetArrayLength());
        Assert.Equal(fixture.Count("select count(*) from pub.indicators where family = 'demand'"), data.GetProperty("demand").GetArrayLength());
        var expectedLabel = (string)fixture.Sql("select label_en from pub.indicators where indicator = 'recruitment_difficulty_rate'")[0][0]!;
        Assert.Equal(expectedLabel, data.GetProperty("one").GetProperty("labelEn").GetString());
        Assert.Equal("HIGHER_IS_TENSION", data.GetProperty("one").GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
        foreach (var indicator in data.GetProperty("all").EnumerateArray())
        {
            Assert.Equal(indicator.GetProperty("labelFr").GetString(), indicator.GetProperty("label").GetString());
        }
    }

    [Fact]
    public async Task Metiers_groups_members_codes_and_priorities()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ all: metiers { code isGroup members { code } codes { system code } } single: metiers(includeGroups: false) { code } landes: metiers(priorityFor: \"40\") { code priorityFor } group: metier(code: \"AES+AP+AS\") { isGroup members { code } codes(system: \"fap\") { system version code } } }");
        Assert.Equal(fixture.Count("select count(*) from pub.metiers"), data.GetProperty("all").GetArrayLength());
        Assert.Equal(fixture.Count("select count(*) from pub.metiers where not is_group"), data.GetProperty("single").GetArrayLength());
        Assert.Equal(fixture.Count("select count(*) from pub.metiers where is_priority_40"), data.GetProperty("landes").GetArrayLength());
        Assert.All(data.GetProperty("landes").EnumerateArray(), m => Assert.Contains("40", m.GetProperty("priorityFor").EnumerateArray().Select(p => p.GetString())));
        var group = data.GetProperty("group");
        Assert.True(group.GetProperty("isGroup").GetBoolean());
        Assert.Equal(["AES", "AP", "AS"], group.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("code").GetString()).Order());
        Assert.All(group.GetProperty("codes").EnumerateArray(), c => Assert.Equal("fap", c.GetProperty("system").GetString()));
        Assert.Equal(fixture.Count("select count(*) from pub.metier_codes where metier = 'AES+AP+AS' and code_system = 'fap'"), group.GetProperty("codes").GetArrayLength());
    }

    [Fact]
    public async Task Territories_levels_parents_and_children()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ regions: territories(level: REG) { code } ofAquitaine: territories(parent: \"75\") { code level } landes: territory(code: \"40\") { label level parent { code level label parent { code } } } guadeloupe: territory(code: \"01\", level: REG) { label } france: territory(code: \"FR\", level: NAT) { children { code } } }");
        Assert.Equal(fixture.Count("select count(*) from pub.territories where territory_level = 'REG'"), data.GetProperty("regions").GetArrayLength());
        Assert.Equal(fixture.Count("select count(*) from pub.territories where parent_territory = '75'"), data.GetProperty("ofAquitaine").GetArrayLength());
        var landes = data.GetProperty("landes");
        Assert.Equal("Landes", landes.GetProperty("label").GetString());
        Assert.Equal("DEP", landes.GetProperty("level").GetString());
        Assert.Equal("75", landes.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("FR", landes.GetProperty("parent").GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("Guadeloupe", data.GetProperty("guadeloupe").GetProperty("label").GetString());
        Assert.Equal(data.GetProperty("regions").GetArrayLength(), data.GetProperty("france").GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task Periods_are_descending_and_match_the_values()
    {
        var data = await GraphQLClient.DataAsync(_client, "{ all: periods one: periods(indicator: \"recruitment_projects\") }");
        var expected = fixture.Sql("select distinct period from pub.indicator_values order by period desc").Select(r => (string)r[0]!).ToList();
        Assert.Equal(expected, data.GetProperty("all").EnumerateArray().Select(p => p.GetString()!).ToList());
        var one = fixture.Sql("select distinct period from pub.indicator_values where indicator = 'recruitment_projects' order by period desc").Select(r => (string)r[0]!);
        Assert.Equal(one, data.GetProperty("one").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task Tension_ranks_by_index_for_the_latest_year_by_default()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ tension(territory: \"40\") { territory { code } year referenceYear entries { rank index level label status metier { code } territory { code } components { indicator { code } role value zScore level } } } }");
        var tension = data.GetProperty("tension");
        var latest = fixture.Sql("select max(period) from pub.tension where territory_level = 'DEP' and territory = '40' and level is not null")[0][0];
        Assert.Equal(int.Parse((string)latest!, System.Globalization.CultureInfo.InvariantCulture), tension.GetProperty("year").GetInt32());
        var entries = tension.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(fixture.Count($"select count(*) from pub.tension where territory_level = 'DEP' and territory = '40' and period = '{latest}'"), entries.Count);
        var ranked = entries.Where(e => e.GetProperty("rank").ValueKind != JsonValueKind.Null).ToList();
        Assert.NotEmpty(ranked);
        Assert.Equal(Enumerable.Range(1, ranked.Count), ranked.Select(e => e.GetProperty("rank").GetInt32()));
        var indexes = ranked.Select(e => e.GetProperty("index").GetDouble()).ToList();
        Assert.Equal(indexes.OrderDescending(), indexes);
        Assert.All(ranked, e => Assert.NotEmpty(e.GetProperty("components").EnumerateArray()));
        var top = ranked[0];
        var expected = fixture.Sql($"select index from pub.tension where territory_level = 'DEP' and territory = '40' and period = '{latest}' and metier = '{top.GetProperty("metier").GetProperty("code").GetString()}'");
        Assert.Equal((double)expected[0][0]!, top.GetProperty("index").GetDouble(), 12);
    }

    [Fact]
    public async Task Tension_grid_covers_every_department_of_the_region()
    {
        var data = await GraphQLClient.DataAsync(_client, "{ tensionGrid(region: \"75\", year: 2024) { rank year territory { code } metier { code } index } }");
        var grid = data.GetProperty("tensionGrid").EnumerateArray().ToList();
        var expected = fixture.Count("select count(*) from pub.tension where territory_level = 'DEP' and period = '2024' and territory in (select territory from pub.territories where territory_level = 'DEP' and parent_territory = '75')");
        Assert.Equal(expected, grid.Count);
        Assert.Contains(grid, e => e.GetProperty("territory").GetProperty("code").GetString() == "64");
        Assert.Contains(grid, e => e.GetProperty("territory").GetProperty("code").GetString() == "40");
        Assert.All(grid, e => Assert.Equal(2024, e.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task Compare_gives_the_department_its_region_france_and_a_ranking()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ compare(indicator: \"recruitment_difficulty_rate\", metier: \"AS\", territory: \"40\", period: \"2024\") { period indicator { code } metier { code } territory { territory { code } value status rank } region { territory { code level } value } france { territory { code } value } departments { territory { code } value rank } } }");
        var compare = data.GetProperty("compare");
        double? Value(string level, string territory) => fixture.Sql(
            $"select value from pub.indicator_values where indicator = 'recruitment_difficulty_rate' and metier = 'AS' and period = '2024' and territory_level = '{level}' and territory = '{territory}'")
            .Select(r => (double?)r[0]).FirstOrDefault();
        Assert.Equal(Value("DEP", "40"), GraphQLClient.NullableDouble(compare.GetProperty("territory").GetProperty("value")));
        Assert.Equal(Value("REG", "75"), GraphQLClient.NullableDouble(compare.GetProperty("region").GetProperty("value")));
        Assert.Equal(Value("NAT", "FR"), GraphQLClient.NullableDouble(compare.GetProperty("france").GetProperty("value")));
        var departments = compare.GetProperty("departments").EnumerateArray().ToList();
        Assert.Contains(departments, d => d.GetProperty("territory").GetProperty("code").GetString() == "64");
        var values = departments.Select(d => GraphQLClient.NullableDouble(d.GetProperty("value"))).Where(v => v.HasValue).ToList();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Series_is_every_period_of_the_cell_in_order()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ series(indicator: \"recruitment_projects\", metier: \"AS\", territory: \"40\") { period value status } }");
        var expected = fixture.Sql("select period, value from pub.indicator_values where indicator = 'recruitment_projects' and metier = 'AS' and territory_level = 'DEP' and territory = '40' order by period");
        var series = data.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(expected.Count, series.Count);
        Assert.NotEmpty(series);
        for (var i = 0; i < series.Count; i++)
        {
            Assert.Equal((string)expected[i][0]!, series[i].GetProperty("period").GetString());
            Assert.Equal((double?)expected[i][1], GraphQLClient.NullableDouble(series[i].GetProperty("value")));
        }
    }

    [Fact]
    public async Task Sources_and_runs_come_from_the_publication_and_the_manifests()
    {
        var data = await GraphQLClient.DataAsync(_client, "{ sources { source vintage fileSha256 fileName run rows } runs(last: 10) { id kind startedAt files rowsRead rowsAccepted rowsQuarantined status } }");
        Assert.Equal(fixture.Count("select count(*) from pub.sources"), data.GetProperty("sources").GetArrayLength());
        var runs = data.GetProperty("runs").EnumerateArray().ToList();
        var ingest = Assert.Single(runs, r => r.GetProperty("kind").GetString() == "ingest");
        Assert.Equal(Directory.GetFiles(fixture.Home.RunsDirectory, "*.json").Length, runs.Count(r => r.GetProperty("kind").GetString() == "ingest"));
        Assert.Equal(
            ingest.GetProperty("rowsRead").GetInt32(),
            ingest.GetProperty("rowsAccepted").GetInt32() + ingest.GetProperty("rowsQuarantined").GetInt32());
        Assert.Contains(runs, r => r.GetProperty("kind").GetString() == "build" && r.GetProperty("id").GetString() == fixture.Build.RunId);
        Assert.Equal("succeeded", ingest.GetProperty("status").GetString());
        Assert.All(runs.Where(r => r.GetProperty("kind").GetString() == "build"), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("status").ValueKind));
    }

    [Fact]
    public async Task Health_names_the_edition()
    {
        using var response = await _client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(fixture.Build.RunId, body.RootElement.GetProperty("edition").GetString());
    }

    [Fact]
    public async Task Browser_gets_graphiql_and_the_home_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var graphiql = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, graphiql.StatusCode);
        Assert.Contains("graphiql", await graphiql.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var home = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_deep_or_too_costly_queries_are_refused_before_running()
    {
        var deep = "{ territory(code: \"40\") { parent { children { parent { children { parent { children { parent { children { parent { children { parent { code } } } } } } } } } } } } }";
        using var deepResponse = await _client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = deep }), System.Text.Encoding.UTF8, "application/json"));
        using var deepBody = JsonDocument.Parse(await deepResponse.Content.ReadAsStringAsync());
        Assert.False(deepBody.RootElement.TryGetProperty("data", out var deepData) && deepData.ValueKind != JsonValueKind.Null);
        Assert.NotEmpty(deepBody.RootElement.GetProperty("errors").EnumerateArray());

        var aliases = string.Join(' ', Enumerable.Range(0, 25).Select(i => $"a{i}: observations(first: 1000) {{ nodes {{ provenance {{ sources {{ fileName }} }} }} }}"));
        var costly = await GraphQLClient.PostAsync(_client, "{ " + aliases + " }");
        var error = costly.GetProperty("errors")[0];
        Assert.Equal("COST_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(costly.TryGetProperty("data", out _));
    }
}
