using System.Security.Cryptography;
using System.Text.Json;

namespace Observatory.Cli.Tests;

public sealed class SampleDataCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("obs-sample-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void SampleData_TwoRunsSameSeed_WriteByteIdenticalFilesAndAManifest()
    {
        var first = Path.Combine(_root, "a");
        var second = Path.Combine(_root, "b");

        var run1 = CliRunner.Run("sample-data", "--departments", "01,40", "--years", "2024-2025", "--seed", "7", "--out", first);
        var run2 = CliRunner.Run("sample-data", "--departments", "01,40", "--years", "2024-2025", "--seed", "7", "--out", second);

        Assert.Equal(0, run1.ExitCode);
        Assert.Equal(0, run2.ExitCode);
        Assert.Contains("bmo", run1.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(first, p)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("manifest.json", files);
        Assert.True(files.Count > 10, $"only {files.Count} files");
        foreach (var file in files)
        {
            Assert.Equal(Hash(Path.Combine(first, file)), Hash(Path.Combine(second, file)));
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "manifest.json")));
        Assert.Equal(7, manifest.RootElement.GetProperty("seed").GetInt32());
    }

    [Fact]
    public void SampleData_DifferentSeed_ChangesTheData()
    {
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");
        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "40", "--years", "2025", "--seed", "1", "--out", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "40", "--years", "2025", "--seed", "2", "--out", b).ExitCode);

        var bmoA = Directory.GetFiles(a, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var bmoB = Path.Combine(b, Path.GetRelativePath(a, bmoA));
        Assert.NotEqual(Hash(bmoA), Hash(bmoB));
    }

    [Fact]
    public void SampleData_ExtraitsDepartementaux_FranceTravailFilesOfTheChosenDepartmentsOnly()
    {
        var whole = Path.Combine(_root, "whole");
        var own = Path.Combine(_root, "own");

        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "40", "--years", "2025", "--out", whole).ExitCode);
        Assert.Equal(0, CliRunner.Run("sample-data", "--departments", "40", "--years", "2025", "--extraits-departementaux", "--out", own).ExitCode);

        Assert.Equal(["stat-offres_FR_2025.csv"], Directory.GetFiles(Path.Combine(whole, "ft_offres")).Select(Path.GetFileName));
        Assert.Equal(["stat-offres_40_2025.csv"], Directory.GetFiles(Path.Combine(own, "ft_offres")).Select(Path.GetFileName));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(own, "manifest.json")));
        Assert.Equal(0, manifest.RootElement.GetProperty("nationalSources").GetArrayLength());
    }

    [Theory]
    [InlineData("--national", "--departments", "01")]
    [InlineData("--national", "--extraits-departementaux")]
    [InlineData("--years", "2025-2019")]
    [InlineData("--years", "vingt")]
    public void SampleData_InvalidOptions_ExitTwo(params string[] extra)
    {
        var outcome = CliRunner.Run(["sample-data", "--out", Path.Combine(_root, "x"), .. extra]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.NotEmpty(outcome.Error);
    }

    [Fact]
    public void SampleData_DefaultYears_CoverTwentyNineteenToTwentyTwentyFive()
    {
        var dir = Path.Combine(_root, "defaults");

        var outcome = CliRunner.Run("sample-data", "--departments", "40", "--out", dir);

        Assert.Equal(0, outcome.ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Equal(2019, manifest.RootElement.GetProperty("firstYear").GetInt32());
        Assert.Equal(2025, manifest.RootElement.GetProperty("lastYear").GetInt32());
    }

    [Fact]
    public void SampleData_MissingOut_IsAUsageError()
    {
        Assert.Equal(2, CliRunner.Run("sample-data").ExitCode);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
