using System.Text.Json;

namespace Observatory.Cli.Tests;

public sealed class StatusCommandTests : IDisposable
{
    private readonly IngestTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Status_EmptyHome_SaysWhatToRunNextAndExitsZero()
    {
        var outcome = CliRunner.Run("status", "--home", _files.Home);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Entrepôt publié : aucun.", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("observatory sample-data", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources du lac", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_AfterIngestAndBuild_PrintsFrenchTables()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 8));
        Assert.Equal(0, CliRunner.Run("ingest", path, "--home", _files.Home).ExitCode);
        Assert.Equal(0, CliRunner.Run("build", "--home", _files.Home).ExitCode);

        var outcome = CliRunner.Run("status", "--home", _files.Home);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Sources du lac", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("plateforme_activite", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Exécutions d'ingestion", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("réussie", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Entrepôt publié", outcome.Output, StringComparison.Ordinal);
        Assert.Contains(File.ReadAllText(Path.Combine(_files.Home, "warehouse", "current")).Trim(), outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("→", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Json_IsOneDocumentMatchingTheBuildAndIngest()
    {
        var path = _files.Write("plateforme_activite_01_2024.csv", IngestTestFiles.Plateforme(2024, 8));
        using var ingest = JsonDocument.Parse(CliRunner.Run("ingest", path, "--json", "--home", _files.Home).Output);

        var beforeBuild = CliRunner.Run("status", "--json", "--home", _files.Home);
        using var before = JsonDocument.Parse(beforeBuild.Output);
        Assert.Equal(JsonValueKind.Null, before.RootElement.GetProperty("build").ValueKind);
        Assert.Contains("observatory build", before.RootElement.GetProperty("next_steps")[0].GetString(), StringComparison.Ordinal);

        using var build = JsonDocument.Parse(CliRunner.Run("build", "--json", "--home", _files.Home).Output);
        var outcome = CliRunner.Run("status", "--json", "--home", _files.Home);

        Assert.Equal(0, outcome.ExitCode);
        using var status = JsonDocument.Parse(outcome.Output);
        var root = status.RootElement;
        Assert.Equal(build.RootElement.GetProperty("run_id").GetString(), root.GetProperty("build").GetProperty("run_id").GetString());
        Assert.True(root.GetProperty("build").GetProperty("size_bytes").GetInt64() > 0);
        var source = Assert.Single(root.GetProperty("sources").EnumerateArray());
        Assert.Equal("plateforme_activite", source.GetProperty("source").GetString());
        Assert.Equal("2024", Assert.Single(source.GetProperty("vintages").EnumerateArray()).GetString());
        Assert.Equal(8, source.GetProperty("lake_rows").GetInt64());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal(ingest.RootElement.GetProperty("run").GetString(), run.GetProperty("run_id").GetString());
        Assert.Equal(8, run.GetProperty("rows_accepted").GetInt64());
        Assert.Equal(0, root.GetProperty("next_steps").GetArrayLength());
    }

    [Fact]
    public void Status_BrokenPointer_ExitsOneWithMessage()
    {
        Directory.CreateDirectory(Path.Combine(_files.Home, "warehouse"));
        File.WriteAllText(Path.Combine(_files.Home, "warehouse", "current"), "builds/disparu.duckdb\n");

        var outcome = CliRunner.Run("status", "--home", _files.Home);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("disparu.duckdb", outcome.Error, StringComparison.Ordinal);
    }
}
