using System.Text.Json;

namespace Observatory.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "obs-cli-build-" + Guid.NewGuid().ToString("N"));

    private string Home => Path.Combine(_root, "home");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Build_AfterIngest_PublishesAndSqlSeesTheNewWarehouse()
    {
        var sample = Path.Combine(_root, "sample");
        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "01,40", "--years", "2023-2024", "--out", sample).ExitCode);
        Assert.Equal(0, CliRunner.Run("--home", Home, "ingest", sample).ExitCode);

        var build = CliRunner.Run("--home", Home, "build", "--json");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("[1/", build.Error, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(build.Output);
        Assert.True(summary.RootElement.GetProperty("published").GetBoolean());
        var published = summary.RootElement.GetProperty("build").GetString()!;
        Assert.EndsWith(Path.GetFileName(published), File.ReadAllText(Path.Combine(Home, "warehouse", "current")).Trim(), StringComparison.Ordinal);

        var query = CliRunner.Run("--home", Home, "sql", "--format", "csv",
            "select count(*) as n from pub.indicator_values where indicator = 'recruitment_projects' and value is not null");
        Assert.Equal(0, query.ExitCode);
        Assert.True(int.Parse(query.Output.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Build_OnAnEmptyOrMistypedHome_IsRefusedAndSaysWhatToRun()
    {
        var build = CliRunner.Run("--home", Home, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("vide", build.Error, StringComparison.Ordinal);
        Assert.Contains("observatory ingest", build.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Home, "warehouse", "current")));
    }

    [Fact]
    public void Build_SecondBuild_SwapsPointerToNewFile()
    {
        var sample = Path.Combine(_root, "sample");
        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "40", "--years", "2024-2024", "--out", sample).ExitCode);
        Assert.Equal(0, CliRunner.Run("--home", Home, "ingest", sample).ExitCode);
        Assert.Equal(0, CliRunner.Run("--home", Home, "build").ExitCode);
        var first = File.ReadAllText(Path.Combine(Home, "warehouse", "current")).Trim();

        var second = CliRunner.Run("--home", Home, "build");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Entrepôt publié", second.Output, StringComparison.Ordinal);
        Assert.NotEqual(first, File.ReadAllText(Path.Combine(Home, "warehouse", "current")).Trim());
        Assert.True(File.Exists(Path.Combine(Home, "warehouse", first)));
    }
}
