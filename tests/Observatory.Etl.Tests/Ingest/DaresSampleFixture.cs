using Observatory.Etl.Jobs;
using Observatory.SampleData;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>The sample's DARES tension workbooks of 2023 (FAP 2009) and 2024 (FAP 2021), ingested once into a fresh data home.</summary>
public sealed class DaresSampleFixture : IDisposable
{
    private readonly TempHome _temp = new();

    public DaresSampleFixture()
    {
        SampleDirectory = Path.Combine(_temp.Root, "sample");
        Manifest = SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputDirectory = SampleDirectory, Departments = ["40"], FirstYear = 2023, LastYear = 2024,
        });
        Files = Manifest.Files.Where(f => f.SourceId == SourceIds.DaresTensions).ToList();
        Report = IngestRunner.Run([.. Files.Select(f => PathOf(f.RelativePath))], new IngestOptions { Home = _temp.Home });
    }

    public string SampleDirectory { get; }

    public SampleDataManifest Manifest { get; }

    public IReadOnlyList<SampleDataFileEntry> Files { get; }

    public IngestReport Report { get; }

    public string Lake => Path.Combine(_temp.Home.LakeDirectory, SourceIds.DaresTensions);

    public string PathOf(string relativePath) => Path.Combine(SampleDirectory, relativePath);

    public void Dispose() => _temp.Dispose();
}
