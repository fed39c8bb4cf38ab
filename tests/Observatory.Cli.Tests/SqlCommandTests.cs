using System.Text.Json;
using Observatory.DuckDb;

namespace Observatory.Cli.Tests;

public sealed class SqlCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "obs-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    [Fact]
    public void Sql_MemoryTable_PrintsHeaderValuesAndRowCount()
    {
        var outcome = CliRunner.Run("sql", "--memory", "select 'Ain' as departement, 42 as projets union all select 'Landes', null");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("departement", lines[0], StringComparison.Ordinal);
        Assert.Contains("projets", lines[0], StringComparison.Ordinal);
        Assert.Contains("INTEGER", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("Ain", StringComparison.Ordinal) && l.Contains("42", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Landes", StringComparison.Ordinal) && l.Contains("NULL", StringComparison.Ordinal));
        Assert.Equal("(2 lignes)", lines[^1].Trim());
    }

    [Fact]
    public void Sql_JsonFormat_ArrayOfObjectsWithExactValues()
    {
        var outcome = CliRunner.Run("sql", "--memory", "--format", "json",
            "select 1::integer as i, null::varchar as n, 12.345::decimal(9,3) as d, " +
            "170141183460469231731687303715884105727::hugeint as big, 2::hugeint as small, " +
            "123456789012345678.901::decimal(38,3) as wide, [1, 2, null] as l, {'a': 1, 'b': 'x'} as s, " +
            "date '2024-03-01' as dt, 'é😀' as u, true as b");

        Assert.Equal(0, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.Output);
        var row = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("i").ValueKind);
        Assert.Equal(1, row.GetProperty("i").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("n").ValueKind);
        Assert.Equal(JsonValueKind.Number, row.GetProperty("d").ValueKind);
        Assert.Equal("12.345", row.GetProperty("d").GetRawText());
        Assert.Equal(JsonValueKind.String, row.GetProperty("big").ValueKind);
        Assert.Equal("170141183460469231731687303715884105727", row.GetProperty("big").GetString());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("small").ValueKind);
        Assert.Equal("123456789012345678.901", row.GetProperty("wide").GetString());
        Assert.Equal("[1,2,null]", row.GetProperty("l").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(1, row.GetProperty("s").GetProperty("a").GetInt32());
        Assert.Equal("x", row.GetProperty("s").GetProperty("b").GetString());
        Assert.Equal("2024-03-01", row.GetProperty("dt").GetString());
        Assert.Equal("é😀", row.GetProperty("u").GetString());
        Assert.True(row.GetProperty("b").GetBoolean());
    }

    [Fact]
    public void Sql_CsvFormat_QuotesFieldsThatNeedIt()
    {
        var outcome = CliRunner.Run("sql", "--memory", "--format", "csv",
            "select 'a,b' as x, 'say \"hi\"' as y, null as z, 3 as w");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("x,y,z,w", lines[0]);
        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",,3", lines[1]);
    }

    [Fact]
    public void Sql_SyntaxError_ExitsOneWithDuckDbMessageAndNoStackTrace()
    {
        var outcome = CliRunner.Run("sql", "--memory", "selec 1");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("syntax error", outcome.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_WriteStatement_IsRefused()
    {
        var outcome = CliRunner.Run("sql", "--memory", "create table t (a integer)");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("lecture", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_NoPublishedWarehouse_ExitsOneWithFrenchHint()
    {
        var outcome = CliRunner.Run("sql", "--home", _home, "select 1");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Aucun entrepôt publié", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_PublishedWarehouse_ReadsThroughThePointerFile()
    {
        var builds = Path.Combine(_home, "warehouse", "builds");
        Directory.CreateDirectory(builds);
        var file = Path.Combine(builds, "run1.duckdb");
        using (var db = DuckDbDatabase.Open(file))
        using (var connection = db.Connect())
        {
            connection.Execute("create table metiers as select * from (values ('AS', 'Aide-soignant'), ('AES', 'Accompagnant éducatif et social')) t(code, libelle)");
        }

        File.WriteAllText(Path.Combine(_home, "warehouse", "current"), "builds/run1.duckdb\n");

        var outcome = CliRunner.Run("sql", "--home", _home, "--format", "csv", "select code, libelle from metiers order by code");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("code,libelle\nAES,Accompagnant éducatif et social\nAS,Aide-soignant\n", outcome.Output);
    }

    [Fact]
    public void Sql_PublishedWarehouse_IsOpenedReadOnly()
    {
        var builds = Path.Combine(_home, "warehouse", "builds");
        Directory.CreateDirectory(builds);
        using (var db = DuckDbDatabase.Open(Path.Combine(builds, "run1.duckdb")))
        using (var connection = db.Connect())
        {
            connection.Execute("create table t as select 1 as a");
        }

        File.WriteAllText(Path.Combine(_home, "warehouse", "current"), "builds/run1.duckdb");

        var outcome = CliRunner.Run("sql", "--home", _home, "select count(*) from t where a in (select 1)");
        Assert.Equal(0, outcome.ExitCode);
        var refused = CliRunner.Run("sql", "--home", _home, "insert into t values (2)");
        Assert.Equal(1, refused.ExitCode);
    }

    [Theory]
    [InlineData("sql", "--memory", "--format", "xml", "select 1")]
    [InlineData("sql", "--no-such-option", "select 1")]
    [InlineData("frobnicate")]
    public void Cli_UsageError_ExitsTwo(params string[] args)
    {
        var outcome = CliRunner.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.NotEmpty(outcome.Error);
    }
}
