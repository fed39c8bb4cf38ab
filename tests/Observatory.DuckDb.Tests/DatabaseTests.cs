namespace Observatory.DuckDb.Tests;

/// <summary>Opening databases: options, unknown settings, one instance per file.</summary>
public sealed class DatabaseTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("observatory-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_UnknownConfigOption_FailsWithClearMessage()
    {
        var options = new DuckDbOptions { Settings = new Dictionary<string, string> { ["no_such_option_xyz"] = "1" } };
        var exception = Assert.Throws<DuckDbException>(() => DuckDbDatabase.Open(null, options));
        Assert.Contains("no_such_option_xyz", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not recognized", exception.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDbErrorType.InvalidConfiguration, exception.ErrorType);
    }

    [Fact]
    public void Open_Options_AreAppliedToDuckDb()
    {
        var options = new DuckDbOptions
        {
            Threads = 1,
            MemoryLimit = "256MiB",
            EnableExternalAccess = false,
            Settings = new Dictionary<string, string> { ["default_order"] = "desc" },
        };
        using var database = DuckDbDatabase.Open(":memory:", options);
        using var connection = database.Connect();
        using var result = connection.Query(
            "select current_setting('threads'), current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions'), current_setting('enable_external_access'), current_setting('default_order')");
        var row = Assert.Single(result.Rows());
        Assert.Equal(1L, row[0]);
        Assert.Equal(false, row[1]);
        Assert.Equal(false, row[2]);
        Assert.Equal(false, row[3]);
        Assert.Equal("desc", row[4]?.ToString()?.ToLowerInvariant());
        Assert.True(database.IsInMemory);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, "lots")]
    public void Open_InvalidOptions_ThrowsArgumentException(int? threads, string? memory)
    {
        var options = new DuckDbOptions { Threads = threads, MemoryLimit = memory };
        Assert.Throws<ArgumentException>(() => DuckDbDatabase.Open(null, options));
    }

    [Fact]
    public void Open_TypedOptionInSettings_ThrowsArgumentException()
    {
        var options = new DuckDbOptions { Settings = new Dictionary<string, string> { ["threads"] = "2" } };
        Assert.Throws<ArgumentException>(() => DuckDbDatabase.Open(null, options));
    }

    [Fact]
    public void Open_SameFileTwice_SharesOneInstance()
    {
        var path = Path.Combine(_directory, "shared.duckdb");
        using var first = DuckDbDatabase.Open(path);
        using var second = DuckDbDatabase.Open(Path.Combine(_directory, ".", "shared.duckdb"));
        Assert.Equal(first.Path, second.Path);
        using var writer = first.Connect();
        writer.Execute("create temp table only_in_this_connection (a integer)");
        writer.Execute("create table shared_table as select 7 as a");
        using var reader = second.Connect();
        using var result = reader.Query("select a from shared_table");
        Assert.Equal(7, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public void Open_InMemoryTwice_GivesSeparateDatabases()
    {
        using var first = DuckDbDatabase.Open(null);
        using var second = DuckDbDatabase.Open(":memory:");
        using var a = first.Connect();
        using var b = second.Connect();
        a.Execute("create table only_first (x integer)");
        Assert.Throws<DuckDbException>(() => b.Query("select * from only_first"));
    }

    [Fact]
    public void LibraryVersion_IsTheExpectedRelease() => Assert.Equal("v1.5.6", DuckDbDatabase.LibraryVersion);
}
