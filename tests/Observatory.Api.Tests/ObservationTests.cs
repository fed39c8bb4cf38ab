using System.Text.Json;
using Observatory.Api.Tests.Support;
using Observatory.Core.Values;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class ObservationTests(SampleWarehouseFixture fixture)
{
    private const string PageQuery = """
        query($filter: ObservationFilter, $first: Int, $after: String, $orderBy: [ObservationOrder!]) {
          observations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { period } }
            nodes { indicator { code } metier { code } territory { code level } period value status disclosureReason numerator denominator unit footnotes provenance { runs sources { fileSha256 } } }
          }
        }
        """;

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Pages_walk_every_row_of_the_filter_exactly_once()
    {
        var filter = new { level = "DEP", territories = new[] { "40" }, from = "2023", to = "2024" };
        var seen = new List<JsonElement>();
        string? after = null;
        var pages = 0;
        long total;
        do
        {
            var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter, first = 250, after });
            var connection = data.GetProperty("observations");
            total = connection.GetProperty("totalCount").GetInt64();
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(pages > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray());
            Assert.Equal(connection.GetProperty("edges").GetArrayLength(), connection.GetProperty("nodes").GetArrayLength());
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        var expected = fixture.Count("select count(*) from pub.indicator_values where territory_level = 'DEP' and territory = '40' and period between '2023' and '2024'");
        Assert.Equal(expected, total);
        Assert.Equal(expected, seen.Count);
        Assert.True(pages > 1, "the filter should need several pages of 250");
        var keys = seen.Select(n => string.Join('|', n.GetProperty("indicator").GetProperty("code").GetString(), n.GetProperty("metier").GetProperty("code").GetString(), n.GetProperty("period").GetString())).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Values_equal_the_same_sql_on_pub()
    {
        var filter = new { indicators = new[] { "recruitment_difficulty_rate", "job_offers" }, level = "DEP", status = new[] { "OK" } };
        var nodes = new List<JsonElement>();
        string? after = null;
        do
        {
            var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter, first = 1000, after });
            var connection = data.GetProperty("observations");
            nodes.AddRange(connection.GetProperty("nodes").EnumerateArray());
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = fixture.Sql("select indicator, metier, territory, period, value, numerator, denominator from pub.indicator_values where indicator in ('recruitment_difficulty_rate', 'job_offers') and territory_level = 'DEP' and status = 'ok'")
            .ToDictionary(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}", r => ((double?)r[4], (double?)r[5], (double?)r[6]));
        Assert.Equal(expected.Count, nodes.Count);
        Assert.NotEmpty(nodes);
        foreach (var node in nodes)
        {
            var key = $"{node.GetProperty("indicator").GetProperty("code").GetString()}|{node.GetProperty("metier").GetProperty("code").GetString()}|{node.GetProperty("territory").GetProperty("code").GetString()}|{node.GetProperty("period").GetString()}";
            var (value, numerator, denominator) = expected[key];
            Assert.Equal(value, GraphQLClient.NullableDouble(node.GetProperty("value")));
            Assert.Equal(numerator, GraphQLClient.NullableDouble(node.GetProperty("numerator")));
            Assert.Equal(denominator, GraphQLClient.NullableDouble(node.GetProperty("denominator")));
            Assert.Equal("OK", node.GetProperty("status").GetString());
            Assert.NotEmpty(node.GetProperty("provenance").GetProperty("sources").EnumerateArray());
        }
    }

    [Fact]
    public async Task Order_by_value_descending_puts_nulls_last()
    {
        var filter = new { indicators = new[] { "vacancy_rate" }, level = "DEP" };
        var orderBy = new[] { new { field = "VALUE", direction = "DESC" } };
        var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter, first = 1000, orderBy });
        var values = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n => GraphQLClient.NullableDouble(n.GetProperty("value"))).ToList();
        var firstNull = values.FindIndex(v => v is null);
        var present = firstNull < 0 ? values : values[..firstNull];
        Assert.NotEmpty(present);
        Assert.Equal(present.OrderDescending(), present);
        Assert.All(values[present.Count..], v => Assert.Null(v));
    }

    [Fact]
    public async Task Default_page_is_100_and_cursors_are_opaque()
    {
        var data = await GraphQLClient.DataAsync(_client, PageQuery, new { });
        var connection = data.GetProperty("observations");
        Assert.Equal(100, connection.GetProperty("nodes").GetArrayLength());
        Assert.Equal(fixture.Count("select count(*) from pub.indicator_values"), connection.GetProperty("totalCount").GetInt64());
        var cursor = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        Assert.DoesNotContain("99", cursor, StringComparison.Ordinal);
        Assert.Equal(cursor, connection.GetProperty("edges")[99].GetProperty("cursor").GetString());
    }

    [Fact]
    public async Task A_page_above_1000_is_a_french_error()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ observations(first: 1001) { totalCount } }");
        var error = response.GetProperty("errors")[0];
        Assert.Contains("Taille de page trop grande", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_still_counts_the_filter()
    {
        var filter = new { level = "DEP", territories = new[] { "40" }, from = "2023", to = "2024" };
        var expected = fixture.Count("select count(*) from pub.indicator_values where territory_level = 'DEP' and territory = '40' and period between '2023' and '2024'");
        Assert.True(expected > 0);
        var after = Observatory.Api.Schema.Cursor.Encode(expected + 10);

        var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter, first = 5, after });

        var connection = data.GetProperty("observations");
        Assert.Equal(0, connection.GetProperty("nodes").GetArrayLength());
        Assert.Equal(expected, connection.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task A_forged_cursor_is_a_french_error_without_internals()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ observations(after: \"bm90LWEtY3Vyc29y\") { totalCount } }");
        var message = response.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.StartsWith("Curseur invalide", message, StringComparison.Ordinal);
        Assert.DoesNotContain("select", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hostile_filter_values_are_data_not_sql()
    {
        // A hostile code is an unknown code, named back to the caller; a hostile period is a string that matches nothing.
        var rejected = await GraphQLClient.PostAsync(_client, PageQuery, new { filter = new { indicators = new[] { "x' or 1=1 --" } } });
        Assert.Equal("BAD_USER_INPUT", rejected.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("« x' or 1=1 -- »", rejected.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var filter = new { indicators = new[] { "recruitment_projects" }, to = "'; drop table x; --" };
        var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter });
        Assert.Equal(0, data.GetProperty("observations").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task Masked_values_carry_a_french_footnote()
    {
        var filter = new { status = new[] { "SECRET", "MISSING" }, level = "DEP" };
        var data = await GraphQLClient.DataAsync(_client, PageQuery, new { filter, first = 1000 });
        var nodes = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal(JsonValueKind.Null, n.GetProperty("value").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, n.GetProperty("disclosureReason").ValueKind);
            Assert.Contains(n.GetProperty("footnotes").EnumerateArray(), f => IsReasonText(f.GetString()!));
        });
        Assert.Contains(nodes, n => n.GetProperty("footnotes").EnumerateArray().Any(f => f.GetString()!.StartsWith("Secret statistique", StringComparison.Ordinal)));
        Assert.All(nodes.Where(n => n.GetProperty("status").GetString() == "MISSING"),
            n => Assert.Contains(DisclosureReasons.MissingText, n.GetProperty("footnotes").EnumerateArray().Select(f => f.GetString())));
    }

    /// <summary>One of the sentences of the single French catalogue of disclosure reasons.</summary>
    private static bool IsReasonText(string text) =>
        text == DisclosureReasons.MissingText
        || DisclosureReasons.All.Any(r => text == DisclosureReasons.Explain(r, persons: true) || text == DisclosureReasons.Explain(r, persons: false));
}
