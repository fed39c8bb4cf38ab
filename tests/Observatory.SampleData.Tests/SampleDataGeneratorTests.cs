using System.Security.Cryptography;
using System.Text.Json;

namespace Observatory.SampleData.Tests;

public class SampleDataGeneratorTests
{
    private static string TempDirectory() => Path.Combine(Path.GetTempPath(), "observatory-sample-" + Guid.NewGuid().ToString("N"));

    private static void Delete(params string[] directories)
    {
        foreach (var directory in directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Generate_SameOptionsTwice_ByteIdenticalFiles()
    {
        string first = TempDirectory(), second = TempDirectory();
        try
        {
            var options = new SampleDataOptions { Departments = ["01", "40"], WithDefects = true, OutputDirectory = first };
            var manifest = SampleDataGenerator.Generate(options);
            SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["01", "40"], WithDefects = true, OutputDirectory = second });

            var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order().ToList();
            Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order());
            Assert.Equal(manifest.Files.Count + 1, files.Count);
            Assert.All(files, f => Assert.True(
                File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))), f));
            Assert.Equal(SourceIds.All.Order(), manifest.Files.Select(f => f.SourceId).Distinct().Order());
        }
        finally
        {
            Delete(first, second);
        }
    }

    [Fact]
    public void Generate_OtherSeed_DifferentValues()
    {
        string first = TempDirectory(), second = TempDirectory();
        try
        {
            var a = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], FirstYear = 2024, LastYear = 2024, OutputDirectory = first });
            var b = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], FirstYear = 2024, LastYear = 2024, Seed = 7, OutputDirectory = second });

            Assert.Equal(a.Files.Select(f => f.RelativePath), b.Files.Select(f => f.RelativePath));
            Assert.NotEqual(a.Files.Single(f => f.SourceId == SourceIds.FtOffres).Sha256, b.Files.Single(f => f.SourceId == SourceIds.FtOffres).Sha256);
        }
        finally
        {
            Delete(first, second);
        }
    }

    [Fact]
    public void Generate_AddingADepartment_KeepsTheOtherDepartmentsFilesUnchanged()
    {
        string first = TempDirectory(), second = TempDirectory();
        try
        {
            var alone = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], FirstYear = 2024, LastYear = 2024, OutputDirectory = first });
            var both = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["01", "40"], FirstYear = 2024, LastYear = 2024, OutputDirectory = second });

            var landes = alone.Files.Where(f => f.RelativePath.Contains("_40", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(landes);
            Assert.All(landes, f => Assert.Equal(f.Sha256, both.Files.Single(g => g.RelativePath == f.RelativePath).Sha256));

            // BMO, France Travail and DREES are generated whole: the same files whatever departments are chosen.
            var national = alone.Files.Where(f => SourceIds.National.Contains(f.SourceId)).ToList();
            Assert.Equal(SourceIds.National.Count, national.Select(f => f.SourceId).Distinct().Count());
            Assert.Equal(national.Select(f => (f.RelativePath, f.Sha256)),
                both.Files.Where(f => SourceIds.National.Contains(f.SourceId)).Select(f => (f.RelativePath, f.Sha256)));
        }
        finally
        {
            Delete(first, second);
        }
    }

    [Fact]
    public void Generate_National_CoversEveryDepartmentOfTheReference()
    {
        var directory = TempDirectory();
        try
        {
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions { National = true, FirstYear = 2024, LastYear = 2024, OutputDirectory = directory });

            var reference = Support.ReferenceLists.Departments().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(reference, manifest.Departments.Order(StringComparer.Ordinal));
            Assert.Equal(SourceIds.National, manifest.NationalSources);
            Assert.Equal(["ft_offres/stat-offres_FR_2024.csv"], manifest.Files.Where(f => f.SourceId == SourceIds.FtOffres).Select(f => f.RelativePath));
            var offers = Support.CsvTestReader.Records(Path.Combine(directory, "ft_offres", "stat-offres_FR_2024.csv"), System.Text.Encoding.UTF8);
            foreach (var department in reference)
            {
                Assert.Contains(offers, r => r["codeTerritoire"] == department);
                Assert.Contains(manifest.Files, f => f.RelativePath == $"enquete_rh/enquete_tensions_rh_{department}_2024.xlsx");
                Assert.Contains(manifest.Files, f => f.RelativePath == $"plan_actions/plan_actions_{department}.xlsx");
            }

            // DROM: INSEE code kept as text in BMO, bassin 0101 loses its leading zero, FINESS uses 9A and 971 numbers.
            var bmo = Support.XlsxTestReader.ReadSheet(Path.Combine(directory, "bmo", "Base_open_data_BMO_2024.xlsx"), "BMO_2024_open_data");
            int Column(string name) => Array.FindIndex(bmo[0], c => c.Text == name);
            Assert.Contains(bmo, r => r[Column("Dept")] == new Support.ReadCell("971", false) && r[Column("BE24")] == new Support.ReadCell("101", true));
            var finess = File.ReadAllLines(Directory.GetFiles(Path.Combine(directory, "finess"))[0], System.Text.Encoding.Latin1)
                .Select(l => l.Split(';')).Where(l => l[0] == "structureet").ToList();
            Assert.Contains(finess, l => l[13] == "9A" && l[1].StartsWith("971", StringComparison.Ordinal));
            Assert.Contains(finess, l => l[13] == "2A" && l[1].StartsWith("2A", StringComparison.Ordinal));
        }
        finally
        {
            Delete(directory);
        }
    }

    [Fact]
    public void Generate_DepartmentWrittenAsOneDigit_NormalizedTo01()
    {
        var directory = TempDirectory();
        try
        {
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["1"], FirstYear = 2025, LastYear = 2025, OutputDirectory = directory });

            Assert.Equal(["01"], manifest.Departments);
        }
        finally
        {
            Delete(directory);
        }
    }

    [Fact]
    public void Generate_UnknownDepartment_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["01", "99"], OutputDirectory = TempDirectory() }));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 2019)]
    [InlineData(2015, 2020)]
    [InlineData(2025, 2031)]
    public void Generate_YearsOutsideTheContracts_Throws(int first, int last)
    {
        Assert.Throws<ArgumentException>(() =>
            SampleDataGenerator.Generate(new SampleDataOptions { FirstYear = first, LastYear = last, OutputDirectory = TempDirectory() }));
    }

    [Fact]
    public void Generate_Progress_ReportedOncePerFileWithGrowingCounts()
    {
        var directory = TempDirectory();
        try
        {
            var reports = new List<SampleDataProgress>();
            var manifest = SampleDataGenerator.Generate(
                new SampleDataOptions { Departments = ["40"], FirstYear = 2024, LastYear = 2025, OutputDirectory = directory },
                new SynchronousProgress(reports.Add));

            Assert.Equal(manifest.Files.Count, reports.Count);
            Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.FilesWritten));
            Assert.All(reports, r => Assert.Equal(manifest.Files.Count, r.TotalFiles));
            Assert.Equal(manifest.TotalRows, reports[^1].RowsWritten);
        }
        finally
        {
            Delete(directory);
        }
    }

    [Fact]
    public void Generate_Cancelled_ThrowsWithoutWritingFiles()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var directory = TempDirectory();
        try
        {
            Assert.Throws<OperationCanceledException>(() =>
                SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], OutputDirectory = directory }, null, cancellation.Token));

            Assert.False(Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Any());
        }
        finally
        {
            Delete(directory);
        }
    }

    [Fact]
    public void Generate_Manifest_JsonListsEveryFileWithItsHash()
    {
        var directory = TempDirectory();
        try
        {
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions { Departments = ["40"], FirstYear = 2025, LastYear = 2025, WithDefects = true, OutputDirectory = directory });

            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, SampleDataManifest.FileName)));
            var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(manifest.Files.Count, files.Count);
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(directory, file.GetProperty("path").GetString()!));
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            }

            Assert.Equal(manifest.Defects.Count, json.RootElement.GetProperty("defects").GetArrayLength());
            Assert.Equal(42, json.RootElement.GetProperty("seed").GetInt32());
        }
        finally
        {
            Delete(directory);
        }
    }

    private sealed class SynchronousProgress(Action<SampleDataProgress> report) : IProgress<SampleDataProgress>
    {
        public void Report(SampleDataProgress value) => report(value);
    }
}
