using System.Net;
using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class RoleTests(SampleWarehouseFixture fixture)
{
    private const string Query = """
        query($filter: ObservationFilter, $after: String) {
          observations(filter: $filter, first: 1000, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { indicator { code } metier { code } territory { code level } period value numerator denominator status disclosureReason footnotes }
          }
        }
        """;

    private static string HiddenSql(string department, string columns = "c.indicator_code, c.metier_code, c.period_code, c.value, c.numerator, c.denominator") => $"""
        select {columns}
        from int_indicator_values_disclosure_checked as c
        where c.territory_level = 'DEP' and c.territory_code = '{department}' and c.hidden_reason in ('frequency', 'dominance', 'ratio_operands', 'secondary')
        """;

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Anonymous_never_receives_a_value_that_disclosure_control_hides()
    {
        var nodes = await NodesAsync(new { status = new[] { "SECRET" } }, apiKey: null);
        var hiddenWithValue = fixture.Count("select count(*) from int_indicator_values_disclosure_checked where hidden_reason is not null and hidden_reason <> 'source' and value is not null");
        Assert.True(hiddenWithValue > 0, "the sample should contain values hidden by disclosure control");
        Assert.Equal(fixture.Count("select count(*) from pub.indicator_values where status = 'secret'"), nodes.Count);
        // A hidden row has no value, and never both operands (they would give the value back); an operand that is
        // published elsewhere (a ratio hidden for its small numerator keeps its denominator) may be shown.
        Assert.All(nodes, n =>
        {
            Assert.Equal(JsonValueKind.Null, n.GetProperty("value").ValueKind);
            Assert.True(n.GetProperty("numerator").ValueKind == JsonValueKind.Null || n.GetProperty("denominator").ValueKind == JsonValueKind.Null);
        });
        var shownOperands = fixture.Count(
            "select count(*) from pub.indicator_values where status = 'secret' and (numerator is not null or denominator is not null)");
        Assert.Equal(shownOperands, nodes.Count(n =>
            n.GetProperty("numerator").ValueKind != JsonValueKind.Null || n.GetProperty("denominator").ValueKind != JsonValueKind.Null));
    }

    [Fact]
    public async Task Analyst_sees_the_unmasked_values_of_their_own_department()
    {
        var hidden = fixture.Sql(HiddenSql("40"))
            .ToDictionary(r => $"{r[0]}|{r[1]}|{r[2]}", r => ((double?)r[3], (double?)r[4], (double?)r[5]));
        Assert.Contains(hidden.Values, v => v.Item1 is not null);
        var nodes = await NodesAsync(new { territories = new[] { "40" }, level = "DEP", status = new[] { "SECRET" } }, ApiFactory.LandesKey);
        var unmasked = 0;
        foreach (var node in nodes)
        {
            if (!hidden.TryGetValue(Key(node), out var expected))
            {
                Assert.Equal(JsonValueKind.Null, node.GetProperty("value").ValueKind); // masked by the source: nothing to show
                continue;
            }

            Assert.Equal(expected.Item1, GraphQLClient.NullableDouble(node.GetProperty("value")));
            Assert.Equal(expected.Item2, GraphQLClient.NullableDouble(node.GetProperty("numerator")));
            Assert.Equal(expected.Item3, GraphQLClient.NullableDouble(node.GetProperty("denominator")));
            Assert.Equal("SECRET", node.GetProperty("status").GetString());
            Assert.NotEqual(JsonValueKind.Null, node.GetProperty("disclosureReason").ValueKind);
            Assert.Contains(node.GetProperty("footnotes").EnumerateArray(), f => f.GetString()!.Contains("analyste", StringComparison.Ordinal));
            unmasked++;
        }

        Assert.Equal(hidden.Count, unmasked);
    }

    [Fact]
    public async Task Analyst_sees_only_their_department_masked_elsewhere()
    {
        var ain = await NodesAsync(new { territories = new[] { "01", "64" }, level = "DEP", status = new[] { "SECRET" } }, ApiFactory.LandesKey);
        Assert.NotEmpty(ain);
        Assert.All(ain, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("value").ValueKind));
        var regions = await NodesAsync(new { territories = new[] { "75" }, level = "REG", status = new[] { "SECRET" } }, ApiFactory.LandesKey);
        Assert.All(regions, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("value").ValueKind));

        var landesForAin = await NodesAsync(new { territories = new[] { "40" }, level = "DEP", status = new[] { "SECRET" } }, ApiFactory.AinKey);
        Assert.All(landesForAin, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("value").ValueKind));
        var ainForAin = await NodesAsync(new { territories = new[] { "01" }, level = "DEP", status = new[] { "SECRET" } }, ApiFactory.AinKey);
        var expectedAin = fixture.Count(HiddenSql("01", "count(*)") + " and c.value is not null");
        Assert.Equal(expectedAin, ainForAin.Count(n => n.GetProperty("value").ValueKind != JsonValueKind.Null));
    }

    [Fact]
    public async Task Series_and_exports_follow_the_same_rules()
    {
        var cell = fixture.Sql(HiddenSql("40") + " and c.value is not null limit 1")[0];
        var query = $"{{ series(indicator: \"{cell[0]}\", metier: \"{cell[1]}\", territory: \"40\") {{ period value }} }}";
        double? ValueOf(JsonElement data) => data.GetProperty("series").EnumerateArray()
            .Where(p => p.GetProperty("period").GetString() == (string)cell[2]!).Select(p => GraphQLClient.NullableDouble(p.GetProperty("value"))).Single();
        Assert.Null(ValueOf(await GraphQLClient.DataAsync(_client, query)));
        Assert.Equal((double?)cell[3], ValueOf(await GraphQLClient.DataAsync(_client, query, apiKey: ApiFactory.LandesKey)));
    }

    [Theory]
    [InlineData("Authorization", "Bearer mauvaise-cle")]
    [InlineData("X-Api-Key", "mauvaise-cle")]
    public async Task A_wrong_key_is_401_with_a_french_message(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ edition { run } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Clé d'API inconnue", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var export = new HttpRequestMessage(HttpMethod.Get, "/export/observations.csv");
        export.Headers.TryAddWithoutValidation(header, value);
        using var exportResponse = await _client.SendAsync(export);
        Assert.Equal(HttpStatusCode.Unauthorized, exportResponse.StatusCode);
    }

    [Fact]
    public async Task The_key_also_works_in_x_api_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ edition { run } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ApiFactory.AinKey);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Key(JsonElement node) =>
        $"{node.GetProperty("indicator").GetProperty("code").GetString()}|{node.GetProperty("metier").GetProperty("code").GetString()}|{node.GetProperty("period").GetString()}";

    /// <summary>Every node of the filter, page after page (BMO and France Travail cover all of France: thousands of rows).</summary>
    private async Task<List<JsonElement>> NodesAsync(object filter, string? apiKey)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        int total;
        do
        {
            var data = await GraphQLClient.DataAsync(_client, Query, new { filter, after }, apiKey);
            var connection = data.GetProperty("observations");
            total = connection.GetProperty("totalCount").GetInt32();
            nodes.AddRange(connection.GetProperty("nodes").EnumerateArray());
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, nodes.Count);
        return nodes;
    }
}
