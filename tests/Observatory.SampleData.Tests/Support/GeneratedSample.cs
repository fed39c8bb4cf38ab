namespace Observatory.SampleData.Tests.Support;

/// <summary>One generation with the default scope and defects, shared by the tests of a class (written to a temp folder).</summary>
public sealed class GeneratedSample : IDisposable
{
    public GeneratedSample()
    {
        Directory = Path.Combine(Path.GetTempPath(), "observatory-sample-" + Guid.NewGuid().ToString("N"));
        Manifest = SampleDataGenerator.Generate(new SampleDataOptions { OutputDirectory = Directory, WithDefects = true });
    }

    public string Directory { get; }

    public SampleDataManifest Manifest { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public IEnumerable<SampleDataFileEntry> FilesOf(string sourceId) =>
        Manifest.Files.Where(f => f.SourceId == sourceId && !f.IsDefective);

    /// <summary>Defects planted inside a valid file (not the whole-file ones).</summary>
    public ISet<(string File, int Line)> CsvDefectLines() =>
        Manifest.Defects.Where(d => d.Line is not null).Select(d => (d.RelativePath, d.Line!.Value)).ToHashSet();

    public ISet<(string File, int Row)> XlsxDefectRows() =>
        Manifest.Defects.Where(d => d.Row is not null).Select(d => (d.RelativePath, d.Row!.Value)).ToHashSet();

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
