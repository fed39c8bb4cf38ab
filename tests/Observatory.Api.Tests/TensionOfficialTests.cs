using System.Globalization;
using System.Text.Json;
using Observatory.Api.Tests.Support;
using Observatory.Etl.Reading;

namespace Observatory.Api.Tests;

/// <summary>A tension entry carries the official DARES level of its group's FAP code, and the agreement table is served as published.</summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class TensionOfficialTests(SampleWarehouseFixture fixture)
{
    [Fact]
    public async Task Official_level_of_an_entry_is_the_dares_file_cell_of_its_fap_code()
    {
        var data = await GraphQLClient.DataAsync(fixture.Client,
            "{ tension(territory: \"40\", year: 2024) { entries { metier { code } level official { level label status } } } }");
        var entries = data.GetProperty("tension").GetProperty("entries").EnumerateArray().ToList();
        var aes = entries.Single(e => e.GetProperty("metier").GetProperty("code").GetString() == "AES").GetProperty("official");

        using var workbook = XlsxWorkbook.Open(Path.Combine(fixture.Sample, "dares_tensions", "dares_donnees_tensions_2024.xlsx"));
        var rows = workbook.ReadSheet("FAP 228 x Dep").ToList();
        var header = rows[0].Cells.ToList();
        var cell = rows.Single(r => r[0] == "V4X84" && r[header.IndexOf("Code département")] == "40");
        var expected = int.Parse(cell[header.IndexOf("Tension - discret")]!, CultureInfo.InvariantCulture);

        Assert.Equal(expected, aes.GetProperty("level").GetInt32());
        Assert.Equal(new[] { "très faible", "faible", "moyenne", "forte", "très forte" }[expected - 1], aes.GetProperty("label").GetString());
        Assert.Equal("OK", aes.GetProperty("status").GetString());
        Assert.All(entries, e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("official").ValueKind));
    }

    [Fact]
    public async Task Agreement_rows_of_a_year_and_overall_are_the_published_table()
    {
        var year = await GraphQLClient.DataAsync(fixture.Client,
            "{ tensionAgreement(year: 2024) { year territoryLevel cells identical identicalShare withinOne withinOneShare weightedKappa } }");
        var all = await GraphQLClient.DataAsync(fixture.Client, "{ tensionAgreement { year territoryLevel cells weightedKappa } }");
        var published = fixture.Sql("select territory_level, cells, identical_share, weighted_kappa from pub.tension_agreement where period = '2024' order by territory_level");

        var rows = year.GetProperty("tensionAgreement").EnumerateArray().ToList();
        Assert.Equal(published.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(2024, r.GetProperty("year").GetInt32()));
        foreach (var row in published)
        {
            var level = (string)row[0]!;
            var served = rows.Single(r => (r.GetProperty("territoryLevel").ValueKind == JsonValueKind.Null ? "ALL" : r.GetProperty("territoryLevel").GetString()) == level);
            Assert.Equal(Convert.ToInt32(row[1], CultureInfo.InvariantCulture), served.GetProperty("cells").GetInt32());
            Assert.Equal((double)row[2]!, served.GetProperty("identicalShare").GetDouble(), 12);
            Assert.Equal(GraphQLClient.NullableDouble(served.GetProperty("weightedKappa")), row[3] is null ? null : (double)row[3]!);
        }

        var overall = all.GetProperty("tensionAgreement").EnumerateArray().Last();
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("year").ValueKind);
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("territoryLevel").ValueKind);
        Assert.Equal(fixture.Count("select cells from pub.tension_agreement where period = 'ALL' and territory_level = 'ALL'"), overall.GetProperty("cells").GetInt32());
    }
}
