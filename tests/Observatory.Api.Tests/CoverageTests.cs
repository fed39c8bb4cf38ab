using System.Globalization;
using System.Text.Json;
using Observatory.Api.Tests.Support;

namespace Observatory.Api.Tests;

/// <summary>
/// The sample warehouse holds the employer survey of three departments only: the region and France values of a survey
/// indicator are partial totals, and the API says so wherever it shows them (status, coverage, footnote, compare label).
/// </summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class CoverageTests(SampleWarehouseFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Partial_region_is_labelled_with_the_departments_loaded_in_compare()
    {
        var (covered, total) = Coverage("REG", "75", "absenteeism_rate");
        Assert.True(covered < total, "the sample survey covers part of Nouvelle-Aquitaine only");

        var data = await GraphQLClient.DataAsync(_client,
            "{ compare(indicator: \"absenteeism_rate\", metier: \"AS\", territory: \"40\", period: \"2024\") { territory { status coverageLabel } region { value status coverageLabel } france { status coverageLabel } } }");
        var compare = data.GetProperty("compare");

        Assert.Equal("PARTIAL", compare.GetProperty("region").GetProperty("status").GetString());
        Assert.Equal($"départements chargés ({covered}/{total})", compare.GetProperty("region").GetProperty("coverageLabel").GetString());
        Assert.Equal("PARTIAL", compare.GetProperty("france").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, compare.GetProperty("territory").GetProperty("coverageLabel").ValueKind);
    }

    [Fact]
    public async Task Partial_observation_carries_its_coverage_and_a_french_footnote()
    {
        var (covered, total) = Coverage("NAT", "FR", "absenteeism_rate");

        var data = await GraphQLClient.DataAsync(_client,
            "{ observations(filter: { indicators: [\"absenteeism_rate\"], metiers: [\"AS\"], level: NAT, from: \"2024\", to: \"2024\" }) { nodes { status coverage coveredTerritories footnotes } } }");
        var node = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().Single();

        Assert.Equal("PARTIAL", node.GetProperty("status").GetString());
        Assert.Equal(covered, node.GetProperty("coveredTerritories").GetInt32());
        Assert.Equal((double)covered / total, node.GetProperty("coverage").GetDouble(), 12);
        Assert.Contains(node.GetProperty("footnotes").EnumerateArray(),
            f => f.GetString()!.Contains($"départements chargés ({covered}/{total})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Department_observation_is_complete()
    {
        var data = await GraphQLClient.DataAsync(_client,
            "{ observations(filter: { indicators: [\"absenteeism_rate\"], metiers: [\"AS\"], territories: [\"40\"], level: DEP, from: \"2024\", to: \"2024\" }) { nodes { coverage coveredTerritories } } }");
        var node = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().Single();

        Assert.Equal(1.0, node.GetProperty("coverage").GetDouble());
        Assert.Equal(1, node.GetProperty("coveredTerritories").GetInt32());
    }

    /// <summary>The covered departments published for a value, and its territory's departments (from pub.territories).</summary>
    private (int Covered, int Total) Coverage(string level, string territory, string indicator)
    {
        var covered = Convert.ToInt32(fixture.Sql(
            $"select covered_territories from pub.indicator_values where indicator = '{indicator}' and metier = 'AS' and territory_level = '{level}' and territory = '{territory}' and period = '2024'")[0][0],
            CultureInfo.InvariantCulture);
        var total = level == "NAT"
            ? fixture.Count("select count(*) from pub.territories where territory_level = 'DEP'")
            : fixture.Count($"select count(*) from pub.territories where territory_level = 'DEP' and parent_territory = '{territory}'");
        return (covered, (int)total);
    }
}
