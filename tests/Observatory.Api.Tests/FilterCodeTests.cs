using System.Net.Http.Json;
using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

/// <summary>A filter naming a code the edition does not know is rejected with the expected form, never an empty page.</summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class FilterCodeTests(SampleWarehouseFixture fixture)
{
    [Theory]
    [InlineData("{ observations(filter: { territories: [1], level: DEP }) { totalCount } }", "« 1 »", "\"01\"")]
    [InlineData("{ observations(filter: { territories: [\"1\"] }) { totalCount } }", "« 1 »", "\"01\"")]
    [InlineData("{ observations(filter: { territories: [\"40\"], level: REG }) { totalCount } }", "« 40 »", "au niveau REG")]
    [InlineData("{ observations(filter: { metiers: [\"XYZ\"] }) { totalCount } }", "« XYZ »", "métier")]
    [InlineData("{ observations(filter: { indicators: [\"nope\"] }) { totalCount } }", "« nope »", "indicateur")]
    public async Task Unknown_code_is_a_bad_user_input_naming_it(string query, string named, string hint)
    {
        using var response = await fixture.Client.PostAsJsonAsync("/graphql", new { query });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("errors")[0];

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(hint, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_codes_still_match()
    {
        var data = await GraphQLClient.DataAsync(fixture.Client,
            "{ observations(filter: { territories: [\"01\", \"84\"], indicators: [\"recruitment_projects\"] }) { totalCount } }");

        Assert.True(data.GetProperty("observations").GetProperty("totalCount").GetInt32() > 0);
    }
}
