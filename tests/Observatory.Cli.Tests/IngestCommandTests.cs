using System.Text.Json;
using Observatory.Core.Home;

namespace Observatory.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void Ingest_Json_PrintsOneDocumentWithEveryFileAndItsCounts()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 12));

        var outcome = CliRunner.Run("ingest", path, "--json", "--home", _files.Home);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Output);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("run").GetString()));
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(Path.GetFullPath(path), file.GetProperty("path").GetString());
        Assert.Equal("plateforme_activite", file.GetProperty("source").GetString());
        Assert.Equal("2024", file.GetProperty("vintage").GetString());
        Assert.Equal(64, file.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(12, file.GetProperty("read").GetInt64());
        Assert.Equal(12, file.GetProperty("accepted").GetInt64());
        Assert.Equal(0, file.GetProperty("quarantined").GetInt64());
        Assert.Equal("loaded", file.GetProperty("status").GetString());
        Assert.Contains("plateforme_activite_01_2024.csv", outcome.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_files.Home, "runs", json.RootElement.GetProperty("run").GetString() + ".json")));
    }

    [Fact]
    public void Ingest_SameFileTwice_SecondReportsUnchanged()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 8));
        Assert.Equal(0, CliRunner.Run("ingest", path, "--home", _files.Home).ExitCode);

        var second = CliRunner.Run("ingest", path, "--json", "--home", _files.Home);

        Assert.Equal(0, second.ExitCode);
        using var json = JsonDocument.Parse(second.Output);
        Assert.Equal("unchanged", json.RootElement.GetProperty("files")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Ingest_WithoutJson_PrintsSummaryTable()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 8));

        var outcome = CliRunner.Run("ingest", path, "--home", _files.Home);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("plateforme_activite", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("acceptées", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("chargé", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("loaded", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnknownFile_ExitsOneWithHeadersAndClosestContract()
    {
        var path = _files.Write("inconnu.csv", "codeTerritoire;codeActivite;autre chose\n01;J1301;3\n");

        var outcome = CliRunner.Run("ingest", path, "--json", "--home", _files.Home);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("autre chose", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Contrat le plus proche", outcome.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Output);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("rejected", file.GetProperty("status").GetString());
        Assert.Equal("etl.unknown_source", file.GetProperty("reason").GetString());
    }

    [Fact]
    public void Ingest_FileOfAnotherSource_ExitsOne()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 4));

        var outcome = CliRunner.Run("ingest", path, "--source", "bmo", "--home", _files.Home);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("etl.source_mismatch", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("plateforme_activite", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnknownSourceName_IsUsageError()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 4));

        Assert.Equal(2, CliRunner.Run("ingest", path, "--source", "nope", "--home", _files.Home).ExitCode);
    }

    [Fact]
    public void Ingest_MissingPath_IsUsageError()
    {
        var outcome = CliRunner.Run("ingest", Path.Combine(_files.Root, "absent.csv"), "--home", _files.Home);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("introuvable", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WhileAnotherWriterHoldsTheLock_ExitsOneWithMessage()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 4));
        using var held = WriterLock.Acquire(DataHome.Resolve(_files.Home), "build");

        var outcome = CliRunner.Run("ingest", path, "--json", "--home", _files.Home);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("une seule écriture à la fois", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.Output);
    }

    public void Dispose() => _files.Dispose();
}
