using Observatory.Etl.Jobs;
using Observatory.SampleData;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>A generated sample set with defects (default options), ingested once into a fresh data home.</summary>
public sealed class SampleSetFixture : IDisposable
{
    private readonly TempHome _temp = new();

    public SampleSetFixture()
    {
        SampleDirectory = Path.Combine(_temp.Root, "sample");
        Manifest = SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = SampleDirectory, WithDefects = true });
        Report = IngestRunner.Run([SampleDirectory], new IngestOptions { Home = _temp.Home, MaxIssuesPerFile = 1000 });
    }

    public string SampleDirectory { get; }

    public SampleDataManifest Manifest { get; }

    public IngestReport Report { get; }

    public Core.Home.DataHome Home => _temp.Home;

    public IngestFileResult ResultFor(string relativePath) =>
        Report.Files.Single(f => f.Path == Path.GetFullPath(Path.Combine(SampleDirectory, relativePath)));

    public void Dispose() => _temp.Dispose();
}
