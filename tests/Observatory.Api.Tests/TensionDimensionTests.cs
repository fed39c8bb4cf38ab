using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

/// <summary>
/// Every dimension of the DARES method the catalogue declares comes back with each tension entry: computed ones with
/// their value, the others with status MISSING and the catalogue's reason (pub.tension_reference).
/// </summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class TensionDimensionTests(SampleWarehouseFixture fixture)
{
    [Fact]
    public async Task Each_entry_lists_every_declared_dimension_with_a_status_and_the_missing_ones_with_their_reason()
    {
        var declared = fixture.Sql("select indicator, dimension_status, dimension_reason from pub.tension_reference where component_role <> 'index'")
            .ToDictionary(r => (string)r[0]!, r => (Status: (string)r[1]!, Reason: r[2] as string));
        Assert.Contains(declared, d => d.Value.Status == "planned");

        var data = await GraphQLClient.DataAsync(fixture.Client,
            "{ tension(territory: \"40\", year: 2024) { entries { metier { code } index components { indicator { code } role status reason value } } } }");
        var entries = data.GetProperty("tension").GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);

        foreach (var entry in entries)
        {
            var components = entry.GetProperty("components").EnumerateArray()
                .ToDictionary(c => c.GetProperty("indicator").GetProperty("code").GetString()!);
            Assert.Equal(declared.Keys.Order(StringComparer.Ordinal), components.Keys.Order(StringComparer.Ordinal));
            foreach (var (code, (status, reason)) in declared)
            {
                var component = components[code];
                if (status == "planned")
                {
                    Assert.Equal("MISSING", component.GetProperty("status").GetString());
                    Assert.Equal(reason, component.GetProperty("reason").GetString());
                    Assert.Equal(JsonValueKind.Null, component.GetProperty("value").ValueKind);
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, component.GetProperty("reason").ValueKind);
                    var shown = component.GetProperty("value").ValueKind != JsonValueKind.Null;
                    Assert.Equal(shown, component.GetProperty("status").GetString() == "OK");
                }
            }
        }
    }
}
