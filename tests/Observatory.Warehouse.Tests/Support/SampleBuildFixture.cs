using Observatory.Etl.Jobs;
using Observatory.SampleData;
using Observatory.Warehouse.Build;

namespace Observatory.Warehouse.Tests.Support;

/// <summary>End to end: generated sample files (Ain and Landes, 2023–2024) → real ingest → build, once per test class.</summary>
public sealed class SampleBuildFixture : IDisposable
{
    private readonly TempHome _temp = new();

    public SampleBuildFixture()
    {
        SampleDirectory = Path.Combine(_temp.Root, "sample");
        SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = SampleDirectory, Departments = ["01", "40"], FirstYear = 2023, LastYear = 2024 });
        IngestRunner.Run([SampleDirectory], new IngestOptions { Home = _temp.Home });
        Report = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
    }

    public Core.Home.DataHome Home => _temp.Home;

    /// <summary>The generated publisher files the build was made from.</summary>
    public string SampleDirectory { get; }

    public BuildReport Report { get; }

    public void Dispose() => _temp.Dispose();
}
