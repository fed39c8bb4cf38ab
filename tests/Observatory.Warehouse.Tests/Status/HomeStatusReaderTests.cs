using System.Globalization;
using System.Text;
using Observatory.Etl.Jobs;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Status;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Status;

public sealed class HomeStatusReaderTests : IDisposable
{
    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_EmptyHome_IsEmptyAndCreatesNothing()
    {
        var status = HomeStatusReader.Read(_temp.Home);

        Assert.True(status.IsEmpty);
        Assert.Empty(status.Sources);
        Assert.Empty(status.Runs);
        Assert.Null(status.Build);
        Assert.Null(status.BuildProblem);
        Assert.False(Directory.Exists(_temp.Home.Root));
    }

    [Fact]
    public void Read_AfterTwoIngestsAndABuild_ReportsVintagesFreshnessQuarantineAndBuild()
    {
        var first = Ingest(Write("plateforme_activite_01_2023.csv", Platform(2023, 8, badRows: 0)));
        var second = Ingest(
            Write("plateforme_activite_01_2024.csv", Platform(2024, 23, badRows: 1)),
            Write("inconnu.csv", "codeTerritoire;autre chose\n01;3\n"));
        var build = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
        Assert.True(build.Published, build.Error);
        var now = second.StartedAt.AddDays(2.5);

        var status = HomeStatusReader.Read(_temp.Home, now);

        var platform = Assert.Single(status.Sources, s => s.Source == "plateforme_activite");
        Assert.Equal(["2023", "2024"], platform.Vintages);
        Assert.Equal(2, platform.LoadedFiles);
        Assert.Equal(8 + 23, platform.LakeRows);
        Assert.Equal(1, platform.QuarantinedRows);
        Assert.Equal(0, platform.RejectedFiles);
        Assert.Equal(second.RunId, platform.LastRunId);
        Assert.Equal(2.5, platform.AgeDays!.Value, 1);
        var unknown = Assert.Single(status.Sources, s => s.RejectedFiles > 0);
        Assert.Equal(1, unknown.RejectedFiles);
        Assert.Equal(0, unknown.LoadedFiles);

        Assert.Equal([second.RunId, first.RunId], status.Runs.Select(r => r.RunId));
        Assert.Equal("partial", status.Runs[0].Outcome);
        Assert.Equal(2, status.Runs[0].Files);
        Assert.Equal(24, status.Runs[0].RowsRead);
        Assert.Equal(1, status.Runs[0].RowsQuarantined);
        Assert.Equal("succeeded", status.Runs[1].Outcome);

        var published = status.Build!;
        Assert.Equal(build.RunId, published.RunId);
        Assert.Equal("builds/" + Path.GetFileName(build.BuildPath), published.Pointer);
        Assert.Equal(new FileInfo(build.BuildPath).Length, published.SizeBytes);
        Assert.False(published.IsStale);
        Assert.Equal(Path.GetFileName(build.BuildPath), Assert.Single(status.KeptBuilds, b => b.IsCurrent).FileName);
        Assert.False(status.IsEmpty);
    }

    [Fact]
    public void Read_IngestAfterTheBuild_MarksTheBuildStale()
    {
        Ingest(Write("plateforme_activite_01_2023.csv", Platform(2023, 4, badRows: 0)));
        Assert.True(WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home }).Published);
        Ingest(Write("plateforme_activite_01_2024.csv", Platform(2024, 4, badRows: 0)));

        var status = HomeStatusReader.Read(_temp.Home);

        Assert.True(status.Build!.IsStale);
    }

    [Fact]
    public void Read_PointerToMissingBuild_ReportsTheProblem()
    {
        Directory.CreateDirectory(_temp.Home.WarehouseDirectory);
        File.WriteAllText(_temp.Home.CurrentPointerPath, "builds/absent.duckdb\n");

        var status = HomeStatusReader.Read(_temp.Home);

        Assert.Null(status.Build);
        Assert.Contains("absent.duckdb", status.BuildProblem, StringComparison.Ordinal);
    }

    private IngestReport Ingest(params string[] paths) => IngestRunner.Run(paths, new IngestOptions { Home = _temp.Home });

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp.Root, "incoming-" + Guid.NewGuid().ToString("N")[..6], name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A platform activity file of <paramref name="rows"/> valid rows and <paramref name="badRows"/> with a non-numeric count.</summary>
    private static string Platform(int year, int rows, int badRows)
    {
        var sb = new StringBuilder("Département;Plateforme;Année;Trimestre;Code métier;Personnes sensibilisées\n");
        string[] metiers = ["AS", "AES", "ADVF", "TISF", "ES", "ME", "EJE"];
        for (var i = 0; i < rows + badRows; i++)
        {
            var contacts = i < rows ? "40" : "beaucoup";
            sb.Append(CultureInfo.InvariantCulture, $"01;P;{year};T{(i % 4) + 1};{metiers[i / 4 % metiers.Length]};{contacts}\n");
        }

        return sb.ToString();
    }
}
