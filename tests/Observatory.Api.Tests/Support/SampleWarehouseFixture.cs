using Observatory.Core.Home;
using Observatory.DuckDb;
using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Access;
using Observatory.Warehouse.Build;

namespace Observatory.Api.Tests.Support;

/// <summary>
/// One sample warehouse for the whole test run: generated files for the Ain (01), the Landes (40) and the
/// Pyrénées-Atlantiques (64), 2022–2025 → real ingest → build, served by an in-memory API.
/// </summary>
public sealed class SampleWarehouseFixture : IDisposable
{
    private readonly TempDirectory _root = new("obs-api-fixture");

    public SampleWarehouseFixture()
    {
        Sample = Path.Combine(_root.Path, "incoming");
        Home = DataHome.Resolve(Path.Combine(_root.Path, "home"));
        SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = Sample, Departments = ["01", "40", "64"], FirstYear = 2022, LastYear = 2025 });
        IngestRunner.Run([Sample], new IngestOptions { Home = Home });
        Build = WarehouseBuilder.Run(new BuildOptions { Home = Home });
        Assert.True(Build.Published, Build.Error);
        Factory = new ApiFactory(Home.Root);
        Client = Factory.CreateClient();
    }

    public string Sample { get; }

    public DataHome Home { get; }

    public BuildReport Build { get; }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>Runs SQL directly on the published build (read-only, same options as the API).</summary>
    public List<object?[]> Sql(string sql)
    {
        var path = Home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(path, PublishedWarehouse.ReadOnlyOptions);
        using var connection = database.Connect();
        using var result = connection.Query(sql);
        return [.. result.Rows()];
    }

    public long Count(string sql) => Convert.ToInt64(Sql(sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _root.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SampleWarehouseCollection : ICollectionFixture<SampleWarehouseFixture>
{
    public const string Name = "sample warehouse";
}
