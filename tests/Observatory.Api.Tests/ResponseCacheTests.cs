using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Api.Caching;
using Observatory.Api.Tests.Support;
using Observatory.Core.Home;
using Observatory.Warehouse.Build;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class ResponseCacheTests(SampleWarehouseFixture fixture)
{
    private const string Dashboard = """
        query Dashboard($filter: ObservationFilter, $first: Int) {
          edition { run }
          observations(filter: $filter, first: $first) { totalCount nodes { indicator { code } territory { code } period value status numerator provenance { runs sources { fileSha256 } } } }
          tension(territory: "40") { year entries { rank metier { code } index components { indicator { code } role value } } }
          compare(indicator: "recruitment_difficulty_rate", metier: "IDE", territory: "40") { period territory { value status rank } france { value } departments { territory { code } value } }
          series(indicator: "recruitment_difficulty_rate", metier: "IDE", territory: "40") { period value provenance { runs } }
        }
        """;

    private static readonly object Variables = new { first = 200, filter = new { territories = new[] { "40" }, level = "DEP" } };

    [Fact]
    public async Task A_cached_response_is_identical_to_the_uncached_one_and_is_served_from_the_cache()
    {
        await using var uncachedFactory = new ApiFactory(fixture.Home.Root, responseCacheSize: 0);
        await using var cachedFactory = new ApiFactory(fixture.Home.Root, responseCacheSize: 10);
        using var uncached = uncachedFactory.CreateClient();
        using var cached = cachedFactory.CreateClient();
        var cache = cachedFactory.Services.GetRequiredService<ResponseCache>();

        var reference = await BodyAsync(uncached, Dashboard, Variables);
        Assert.False(reference.Contains("\"errors\"", StringComparison.Ordinal), reference[..Math.Min(600, reference.Length)]);
        var first = await BodyAsync(cached, Dashboard, Variables);
        Assert.Equal(1, cache.Count);
        Assert.Equal(0, cache.Hits);
        var second = await BodyAsync(cached, Dashboard, new { filter = new { level = "DEP", territories = new[] { "40" } }, first = 200 });
        Assert.Equal(1, cache.Count); // same variables in another key order: the same entry
        Assert.Equal(1, cache.Hits); // … served from it, not run again
        Assert.Equal(reference, first);
        Assert.Equal(reference, second);
        Assert.Equal(0, uncachedFactory.Services.GetRequiredService<ResponseCache>().Count);

        var other = await BodyAsync(cached, Dashboard, new { first = 5, filter = new { territories = new[] { "40" }, level = "DEP" } });
        Assert.Equal(2, cache.Count);
        Assert.NotEqual(reference, other);
    }

    [Fact]
    public async Task Analyst_and_anonymous_never_share_an_entry()
    {
        const string Query = "query($filter: ObservationFilter) { observations(filter: $filter, first: 1000) { nodes { indicator { code } metier { code } period value status } } }";
        var variables = new { filter = new { territories = new[] { "40" }, level = "DEP", status = new[] { "SECRET" } } };
        await using var uncachedFactory = new ApiFactory(fixture.Home.Root, responseCacheSize: 0);
        await using var cachedFactory = new ApiFactory(fixture.Home.Root, responseCacheSize: 10);
        using var uncached = uncachedFactory.CreateClient();
        using var cached = cachedFactory.CreateClient();

        var anonymous = await BodyAsync(cached, Query, variables);
        var landes = await BodyAsync(cached, Query, variables, ApiFactory.LandesKey);
        var ain = await BodyAsync(cached, Query, variables, ApiFactory.AinKey);
        var anonymousAgain = await BodyAsync(cached, Query, variables);
        Assert.Equal(3, cachedFactory.Services.GetRequiredService<ResponseCache>().Count);

        Assert.Equal(await BodyAsync(uncached, Query, variables), anonymous);
        Assert.Equal(await BodyAsync(uncached, Query, variables, ApiFactory.LandesKey), landes);
        Assert.Equal(await BodyAsync(uncached, Query, variables, ApiFactory.AinKey), ain);
        Assert.Equal(anonymous, anonymousAgain);
        Assert.NotEqual(anonymous, landes); // the Landes analyst sees the values of the Landes that are masked for others
        Assert.Equal(anonymous, ain); // … the Ain analyst does not, yet reads its own entry
    }

    [Fact]
    public async Task Provenance_when_selected_matches_the_warehouse_and_is_null_free()
    {
        await using var factory = new ApiFactory(fixture.Home.Root, responseCacheSize: 0);
        using var client = factory.CreateClient();
        const string Direct = """{ series(indicator: "recruitment_difficulty_rate", metier: "IDE", territory: "40") { period value provenance { runs sources { fileSha256 } } } }""";
        const string ThroughFragment = """
            { series(indicator: "recruitment_difficulty_rate", metier: "IDE", territory: "40") { ...Point } }
            fragment Point on Observation { period value ...Lineage }
            fragment Lineage on Observation { provenance { runs sources { fileSha256 } } }
            """;
        foreach (var query in new[] { Direct, ThroughFragment })
        {
            using var document = JsonDocument.Parse(await BodyAsync(client, query, null));
            var series = document.RootElement.GetProperty("data").GetProperty("series");
            Assert.NotEqual(0, series.GetArrayLength());
            foreach (var point in series.EnumerateArray())
            {
                var period = point.GetProperty("period").GetString();
                var expected = fixture.Sql($"""
                    select ingest_runs, source_files_sha256 from pub.indicator_values
                    where indicator = 'recruitment_difficulty_rate' and metier = 'IDE' and territory = '40' and territory_level = 'DEP' and period = '{period}'
                    """).Single();
                var runs = point.GetProperty("provenance").GetProperty("runs").EnumerateArray().Select(r => r.GetString()!).ToList();
                var files = point.GetProperty("provenance").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("fileSha256").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
                Assert.NotEmpty(runs);
                Assert.Equal(Split(expected[0]), runs);
                Assert.Equal(Split(expected[1]).Distinct().Order(StringComparer.Ordinal), files);
            }
        }
    }

    [Fact]
    public async Task Runs_are_never_cached_and_errors_are_not_kept()
    {
        await using var factory = new ApiFactory(fixture.Home.Root, responseCacheSize: 10);
        using var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<ResponseCache>();
        await BodyAsync(client, "{ edition { run } runs(last: 3) { id } }", null);
        await BodyAsync(client, "query Q { ...R } fragment R on Query { runs { id } }", null);
        await BodyAsync(client, "{ tension(territory: \"99\") { year } }", null);
        Assert.Equal(0, cache.Count);
        await BodyAsync(client, "{ observations(first: 1) { nodes { provenance { runs } } } }", null);
        Assert.Equal(1, cache.Count); // 'runs' of a provenance is edition data
    }

    [Fact]
    public async Task A_new_publish_is_served_instead_of_the_cached_edition()
    {
        using var copy = new TempDirectory("obs-api-cache");
        HomeCopy.Copy(fixture.Home.Root, copy.Path);
        var home = DataHome.Resolve(copy.Path);
        await using var factory = new ApiFactory(home.Root, responseCacheSize: 10);
        using var client = factory.CreateClient();
        const string Query = "{ edition { run } observations(first: 3) { totalCount } }";
        Assert.Equal(fixture.Build.RunId, Run(await BodyAsync(client, Query, null)));
        Assert.Equal(fixture.Build.RunId, Run(await BodyAsync(client, Query, null)));

        var next = WarehouseBuilder.Run(new BuildOptions { Home = home });
        Assert.True(next.Published, next.Error);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? served;
        do
        {
            await Task.Delay(100);
            served = Run(await BodyAsync(client, Query, null));
        }
        while (served != next.RunId && !patience.IsCancellationRequested);

        Assert.Equal(next.RunId, served);
        Assert.Equal(1, factory.Services.GetRequiredService<ResponseCache>().Count); // the old edition's entry is gone
    }

    [Fact]
    public void The_store_evicts_the_least_recently_used_entry_and_drops_an_old_edition()
    {
        var cache = new ResponseCache(2);
        var a = new CachedResponse([1], "application/json", 200);
        cache.Set("e1", "a", a);
        cache.Set("e1", "b", new CachedResponse([2], "application/json", 200));
        Assert.Same(a, cache.Get("e1", "a"));
        cache.Set("e1", "c", new CachedResponse([3], "application/json", 200));
        Assert.Null(cache.Get("e1", "b"));
        Assert.NotNull(cache.Get("e1", "c"));
        Assert.Null(cache.Get("e2", "a"));
        Assert.Equal(0, cache.Count);
        cache.Set("e1", "late", a); // a response of the replaced edition is not kept
        Assert.Equal(0, cache.Count);
        cache.Set("e2", "a", a);
        Assert.Null(cache.Get("e1", "a")); // a request still on the replaced edition reads nothing …
        Assert.Same(a, cache.Get("e2", "a")); // … and does not wipe the newer edition's entries
        Assert.Equal(3, cache.Hits); // a and c in e1, a in e2
        Assert.False(new ResponseCache(0).Enabled);
    }

    private static string? Run(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("edition").GetProperty("run").GetString();
    }

    private static List<string> Split(object? value) =>
        value is string { Length: > 0 } text ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    private static async Task<string> BodyAsync(HttpClient client, string query, object? variables, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return body;
    }
}
