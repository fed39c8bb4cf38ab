using Observatory.Core.Home;

namespace Observatory.Core.Tests.Home;

public sealed class WriterLockTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("obs-home-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Acquire_WhileHeld_FailsAtOnceNamingTheHolder()
    {
        var home = DataHome.Resolve(_root);
        using var first = WriterLock.Acquire(home, "ingest");

        var ex = Assert.Throws<WriterLockedException>(() => WriterLock.Acquire(home, "build"));

        Assert.Contains("observatory ingest", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"PID {Environment.ProcessId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        var home = DataHome.Resolve(_root);
        WriterLock.Acquire(home, "ingest").Dispose();

        using var second = WriterLock.Acquire(home, "build");

        Assert.True(File.Exists(Path.Combine(_root, ".writer.lock.info")));
    }

    [Fact]
    public void TryGetPublishedWarehouse_PointerToMissingBuild_ExplainsInFrench()
    {
        var home = DataHome.Resolve(_root);
        Directory.CreateDirectory(home.WarehouseDirectory);
        File.WriteAllText(home.CurrentPointerPath, "builds/absent.duckdb");

        Assert.Null(home.TryGetPublishedWarehouse(out var problem));
        Assert.Contains("introuvable", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoOptionNoEnvironment_DefaultsToDataUnderCurrentDirectory()
    {
        var previous = Environment.GetEnvironmentVariable(DataHome.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DataHome.EnvironmentVariable, null);
            Assert.Equal(Path.GetFullPath("data"), DataHome.Resolve(null).Root);
            Environment.SetEnvironmentVariable(DataHome.EnvironmentVariable, _root);
            Assert.Equal(_root, DataHome.Resolve(" ").Root);
            Assert.Equal(Path.GetFullPath("x"), DataHome.Resolve("x").Root);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataHome.EnvironmentVariable, previous);
        }
    }
}
