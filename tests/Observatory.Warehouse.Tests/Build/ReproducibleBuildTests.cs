using System.Globalization;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Build;

/// <summary>
/// An edition is reproducible: building the same lake again gives the same `pub` tables to the bit (no parallel
/// floating-point sum whose result depends on the order the threads add in).
/// </summary>
public sealed class ReproducibleBuildTests(SampleBuildFixture fixture) : IClassFixture<SampleBuildFixture>
{
    [Fact]
    public void Build_SameLakeTwice_EveryPubTableIdenticalToTheBit()
    {
        var first = PubFingerprints();

        var again = WarehouseBuilder.Run(new BuildOptions { Home = fixture.Home });
        Assert.True(again.Published, again.Error);
        var second = PubFingerprints();

        Assert.Equal(10, first.Count);
        Assert.All(first, table => Assert.True(second[table.Key] == table.Value,
            $"pub.{table.Key}: {table.Value} then {second[table.Key]}"));
    }

    private Dictionary<string, string> PubFingerprints()
    {
        var tables = WarehouseQuery.Rows(fixture.Home,
                "select table_name from information_schema.tables where table_schema = 'pub' order by table_name")
            .Select(r => (string)r[0]!)
            .ToList();
        return tables.ToDictionary(t => t, t =>
        {
            var row = WarehouseQuery.Rows(fixture.Home, $"select count(*), sum(hash(t)) from pub.{t} as t").Single();
            return string.Create(CultureInfo.InvariantCulture, $"{row[0]} rows, hash {row[1]}");
        });
    }
}
