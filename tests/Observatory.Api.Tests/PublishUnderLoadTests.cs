using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Observatory.Api.Tests.Support;
using Observatory.Core.Home;
using Observatory.Warehouse.Access;
using Observatory.Warehouse.Build;

namespace Observatory.Api.Tests;

[Collection(SampleWarehouseCollection.Name)]
public sealed class PublishUnderLoadTests(SampleWarehouseFixture fixture)
{
    private const string Query = "{ edition { run } observations(first: 20, filter: { level: DEP, territories: [\"40\"] }) { totalCount nodes { value status territory { label } } } }";

    [Fact]
    public async Task Eight_clients_see_no_failure_while_two_builds_are_published_and_leases_outlive_them()
    {
        using var copy = new TempDirectory("obs-api-load");
        HomeCopy.Copy(fixture.Home.Root, copy.Path);
        var home = DataHome.Resolve(copy.Path);
        await using var factory = new ApiFactory(home.Root, responseCacheSize: 0); // every request runs its SQL while the builds publish
        var failures = new ConcurrentQueue<string>();
        var editions = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var requests = 0;

        async Task ClientAsync()
        {
            using var client = factory.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
                    var body = await response.Content.ReadAsStringAsync();
                    using var document = JsonDocument.Parse(body);
                    if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
                    {
                        failures.Enqueue($"{(int)response.StatusCode}: {body}");
                        continue;
                    }

                    var data = document.RootElement.GetProperty("data");
                    editions.AddOrUpdate(data.GetProperty("edition").GetProperty("run").GetString()!, 1, (_, n) => n + 1);
                    if (data.GetProperty("observations").GetProperty("nodes").GetArrayLength() != 20)
                    {
                        failures.Enqueue("short page");
                    }

                    Interlocked.Increment(ref requests);
                    await Task.Delay(10); // steady load that leaves the 2-core CI machine room to build
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException)
                {
                    failures.Enqueue(ex.Message);
                }
            }
        }

        // a lease taken before the publishes keeps its edition open until returned
        using var warehouse = new PublishedWarehouse(home, TimeSpan.Zero);
        var held = warehouse.Acquire();
        var old = held.Edition;
        Assert.Equal(fixture.Build.RunId, old.RunId);

        var clients = Enumerable.Range(0, 8).Select(_ => Task.Run(ClientAsync)).ToList();

        // the load is on (clients served by the fixture's edition) before anything is published
        using (var warmUp = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            while (!editions.ContainsKey(fixture.Build.RunId) && !warmUp.IsCancellationRequested && failures.IsEmpty)
            {
                await Task.Delay(10);
            }
        }

        var first = await Task.Run(() => WarehouseBuilder.Run(new BuildOptions { Home = home }));
        var second = await Task.Run(() => WarehouseBuilder.Run(new BuildOptions { Home = home }));
        Assert.True(first.Published && second.Published);

        using (var fresh = warehouse.Acquire())
        {
            Assert.Equal(second.RunId, fresh.Edition.RunId);
        }

        Assert.False(old.IsDisposed);
        using (var pooled = held.Rent())
        using (var result = pooled.Connection.Query("select run_id from build_info"))
        {
            Assert.Equal(fixture.Build.RunId, result.Rows().Single()[0]);
        }

        held.Dispose();
        Assert.True(old.IsDisposed);

        // keep the load on until the clients are served the last build
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!editions.ContainsKey(second.RunId) && !patience.IsCancellationRequested && failures.IsEmpty)
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await Task.WhenAll(clients);
        Assert.Empty(failures);
        Assert.Contains(fixture.Build.RunId, editions.Keys);
        Assert.Contains(second.RunId, editions.Keys);
        Assert.True(requests > 16, $"only {requests} requests ran");
    }

    [Fact]
    public async Task Without_a_published_warehouse_health_is_503_and_graphql_says_why_in_french()
    {
        using var empty = new TempDirectory("obs-api-empty");
        await using var factory = new ApiFactory(empty.Path);
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Aucun entrepôt publié", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var response = await GraphQLClient.PostAsync(client, "{ edition { run } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal(WarehouseUnavailableException.NotPublishedMessage, error.GetProperty("message").GetString());
    }
}
