using Observatory.Api.Tests.Support;
using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Warehouse.Disclosure.Audit;

namespace Observatory.Api.Tests;

/// <summary>
/// The attacker of issue 14, over HTTP: an anonymous caller downloads the public Parquet export of every observation,
/// adds what anyone can read of the edition (pub.tension, the reference, territories, métiers, indicators), and runs
/// the disclosure audit on it. Nothing hidden may come back — on the API's sample edition and on the demo home.
/// </summary>
[Collection(SampleWarehouseCollection.Name)]
public sealed class PublicExportAttackTests(SampleWarehouseFixture fixture)
{
    [Fact]
    public async Task Sample_edition_public_export_plus_tension_recovers_no_hidden_cell()
    {
        var build = fixture.Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);

        var (result, exported, published) = await AttackAsync(fixture.Client, build);

        Assert.Equal(published, exported);
        Assert.True(result.HiddenCells > 100, $"only {result.HiddenCells} hidden cells: nothing to attack");
        Assert.True(result.Passed, string.Join("\n", result.Recovered.Take(10)));
    }

    [Fact]
    public async Task Demo_home_public_export_plus_tension_recovers_no_hidden_cell()
    {
        using var temp = new TempDirectory("obs-demo-attack");
        var (code, output, error) = await DemoCommandTests.RunAsync("demo", "--no-serve", "--home", temp.Path);
        Assert.True(code == 0, output + error);
        Assert.Contains(" : 0 retrouvé(s)", output, StringComparison.Ordinal);
        var home = DataHome.Resolve(temp.Path);
        var build = home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var factory = new ApiFactory(home.Root);
        using var client = factory.CreateClient();

        var (result, exported, published) = await AttackAsync(client, build);

        Assert.Equal(published, exported);
        Assert.True(result.HiddenCells > 1000, $"only {result.HiddenCells} hidden cells: nothing to attack");
        Assert.True(result.Passed, string.Join("\n", result.Recovered.Take(10)));
    }

    /// <summary>
    /// Downloads the anonymous export, one period at a time (the export is capped at 100,000 rows, and the demo's edition
    /// holds more: an attacker asks for slices), and audits it with the other public tables of <paramref name="build"/>.
    /// </summary>
    private static async Task<(DisclosureAuditResult Result, long Exported, long Published)> AttackAsync(HttpClient client, string build)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"obs-attack-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            using var database = DuckDbDatabase.Open(DuckDbDatabase.InMemoryPath);
            using var connection = database.Connect();
            connection.Execute($"attach '{build.Replace("'", "''", StringComparison.Ordinal)}' as edition (read_only)");
            foreach (var period in Periods(connection))
            {
                using var response = await client.GetAsync(new Uri($"/export/observations.parquet?from={period}&to={period}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                Assert.Equal("false", response.Headers.GetValues("X-Export-Truncated").Single(), ignoreCase: true);
                await File.WriteAllBytesAsync(Path.Combine(directory, $"{period}.parquet"), await response.Content.ReadAsByteArrayAsync());
            }

            connection.Execute("create schema pub");
            connection.Execute($"create table pub.indicator_values as select *, null::bigint as unit_count from read_parquet('{directory}/*.parquet')");
            foreach (var table in new[] { "tension", "tension_reference", "territories", "metiers", "indicators" })
            {
                connection.Execute($"create table pub.{table} as select * from edition.pub.{table}");
            }

            var exported = Count(connection, "select count(*) from pub.indicator_values");
            var published = Count(connection, "select count(*) from edition.pub.indicator_values");
            return (DisclosureAudit.Run(connection, new DisclosureAuditOptions()), exported, published);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<string> Periods(DuckDbConnection connection)
    {
        using var result = connection.Query("select distinct period from edition.pub.indicator_values order by period");
        return [.. result.Rows().Select(r => (string)r[0]!)];
    }

    private static long Count(DuckDbConnection connection, string sql)
    {
        using var result = connection.Query(sql);
        return Convert.ToInt64(result.Rows().Single()[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
