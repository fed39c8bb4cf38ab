using System.Text.Json;
using Observatory.Api.Tests.Support;
using Observatory.Core.Values;

namespace Observatory.Api.Tests;

/// <summary>A tension entry says why its index is not published, in the one French wording of the reason, and a
/// hidden index comes without the principal components that would give it back.</summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class TensionDisclosureTests(SampleWarehouseFixture fixture)
{
    [Fact]
    public async Task Hidden_index_has_its_reason_a_french_footnote_and_no_determining_components()
    {
        // The sample's departments, and the first departments with a hidden index (BMO and France Travail cover all of
        // France, so the smaller departments outside the sample's own are where volumes fall under the thresholds).
        var territories = new[] { "01", "40", "64" }
            .Union(fixture.Sql("select distinct territory from pub.tension where territory_level = 'DEP' and index is null order by territory limit 5")
                .Select(r => (string)r[0]!))
            .ToList();
        var entries = new List<JsonElement>();
        foreach (var year in new[] { 2022, 2023, 2024, 2025 })
        {
            foreach (var territory in territories)
            {
                var data = await GraphQLClient.DataAsync(fixture.Client,
                    "query($t: ID!, $y: Int) { tension(territory: $t, year: $y) { entries { index status disclosureReason footnotes components { role zScore } } } }",
                    new { t = territory, y = year });
                entries.AddRange(data.GetProperty("tension").GetProperty("entries").EnumerateArray());
            }
        }

        var hidden = entries.Where(e => e.GetProperty("index").ValueKind == JsonValueKind.Null).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, e =>
        {
            var reason = e.GetProperty("disclosureReason").GetString();
            Assert.Contains(reason, DisclosureReasons.All);
            Assert.Single(e.GetProperty("footnotes").EnumerateArray());
            // At least one of the three principal components (the difficulty rate) is hidden: the index cannot be recomputed.
            Assert.True(e.GetProperty("components").EnumerateArray()
                .Count(c => c.GetProperty("role").GetString() == "principal" && c.GetProperty("zScore").ValueKind != JsonValueKind.Null) < 3);
        });
        Assert.All(entries.Except(hidden), e =>
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("disclosureReason").ValueKind);
            // a shown index has a note only for its status (imputed over masked BMO bassins, partial…)
            Assert.Equal(e.GetProperty("status").GetString() == "OK" ? 0 : 1, e.GetProperty("footnotes").GetArrayLength());
        });
    }
}
