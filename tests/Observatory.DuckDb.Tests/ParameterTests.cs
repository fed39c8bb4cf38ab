using System.Numerics;

namespace Observatory.DuckDb.Tests;

/// <summary>Parameter binding: every bindable CLR type, positional and named, lists, and execute-time type errors.</summary>
public sealed class ParameterTests
{
    public static TheoryData<object, string> RoundTrips => new()
    {
        { true, "true" },
        { (sbyte)-128, "-128" },
        { (short)-32768, "-32768" },
        { int.MinValue, "-2147483648" },
        { long.MaxValue, "9223372036854775807" },
        { (byte)255, "255" },
        { (ushort)65535, "65535" },
        { uint.MaxValue, "4294967295" },
        { ulong.MaxValue, "18446744073709551615" },
        { Int128.MinValue, "-170141183460469231731687303715884105728" },
        { UInt128.MaxValue, "340282366920938463463374607431768211455" },
        { 1.5f, "1.5" },
        { 0.1, "0.1" },
        { -12.345m, "-12.345" },
        { 0.001m, "0.001" },
        { 79228162514264337593543950335m, "79228162514264337593543950335" },
        { new DuckDbDecimal(-(Int128)BigInteger.Pow(10, 37), 38, 10), "-1000000000000000000000000000.0000000000" },
        { "", "" },
        { "héllo ✓ 日本語 long enough", "héllo ✓ 日本語 long enough" },
        { new DateOnly(2024, 2, 29), "2024-02-29" },
        { DuckDbDate.PositiveInfinity, "infinity" },
        { new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Unspecified), "2024-01-02 03:04:05.678" },
        { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)), "2023-12-31 22:00:00+00" },
        { new TimeOnly(13, 14, 15, 500), "13:14:15.5" },
        { new DuckDbInterval(14, 3, 4_000_000), "1 year 2 months 3 days 00:00:04" },
        { new byte[] { 0xAA, (byte)'b' }, "\\xAAb" },
        { Guid.Parse("0123e456-789a-4bcd-8ef0-123456789abc"), "0123e456-789a-4bcd-8ef0-123456789abc" },
        { new long[] { 1, 2, 3 }, "[1, 2, 3]" },
        { new List<string?> { "a", null, "b c" }, "[a, NULL, b c]" },
        { new[] { 1.5m, -2m }, "[1.5, -2.0]" },
        { new[] { new[] { 1, 2 }, new[] { 3 } }, "[[1, 2], [3]]" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Bind_Positional_RoundTripsThroughDuckDb(object value, string expectedText)
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $1 as x, $1::varchar as s");
        statement.Bind(1, value);
        using var result = statement.Query();
        var row = Assert.Single(result.Rows());
        Assert.Equal(expectedText, row[1]);
        Assert.Equal(expectedText, DuckDbValueFormatter.Format(row[0]));
    }

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Bind_Named_RoundTripsThroughDuckDb(object value, string expectedText)
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $value::varchar as s, $other as o");
        statement.Bind("value", value).Bind("$other", 7);
        using var result = statement.Query();
        var row = Assert.Single(result.Rows());
        Assert.Equal(expectedText, row[0]);
        Assert.Equal(7, row[1]);
    }

    [Fact]
    public void BindAll_NamesFromADictionary_BindsEachOnceAndIgnoresExtras()
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $a + $b as sum, $a::varchar || $label as text");
        statement.BindAll(new Dictionary<string, object?> { ["a"] = 2, ["b"] = 40, ["label"] = "x", ["unused"] = "ignored" });
        using var result = statement.Query();
        var row = Assert.Single(result.Rows());
        Assert.Equal(42, row[0]);
        Assert.Equal("2x", row[1]);
    }

    [Fact]
    public void BindAll_MissingName_ThrowsNamingIt()
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $department as d, $year as y");
        var error = Assert.Throws<InvalidOperationException>(() => statement.BindAll(new Dictionary<string, object?> { ["department"] = "40" }));
        Assert.Equal("SQL parameter $year has no value.", error.Message);
        Assert.Throws<InvalidOperationException>(() => statement.BindAll(null));
    }

    [Fact]
    public void Bind_Null_GivesSqlNull()
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $1::integer is null");
        statement.Bind(1, null);
        using var result = statement.Query();
        Assert.Equal(true, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public void Bind_ListToAny_FiltersRows()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create table t as select i as id, 'n' || i::varchar as name from range(100) r(i)");
        using var statement = connection.Prepare("select name from t where id = any($ids) order by id");
        statement.Bind("ids", new long[] { 3, 42, 99, 1000 });
        using (var result = statement.Query())
        {
            Assert.Equal(["n3", "n42", "n99"], result.Rows().Select(r => (string)r[0]!));
        }

        statement.Bind("ids", Array.Empty<long>());
        using (var empty = statement.Query())
        {
            Assert.Empty(empty.Rows());
        }
    }

    [Fact]
    public void Execute_WrongTypeBound_ThrowsConversionError()
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $1::integer");
        statement.Bind(1, "abc");
        var exception = Assert.Throws<DuckDbException>(() => statement.Query());
        Assert.Equal(DuckDbErrorType.Conversion, exception.ErrorType);
        Assert.Contains("Conversion Error", exception.Message, StringComparison.Ordinal);
        Assert.Contains("abc", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownName_ThrowsArgumentException()
    {
        using var connection = Oracle.Connect();
        using var statement = connection.Prepare("select $a");
        Assert.Throws<ArgumentException>(() => statement.Bind("b", 1));
    }

    [Fact]
    public void Prepare_ReportsStatementTypeAndParameters()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create table t (a integer)");
        using var insert = connection.Prepare("insert into t values ($1), ($2)");
        Assert.Equal(DuckDbStatementType.Insert, insert.StatementType);
        Assert.Equal(2, insert.ParameterCount);
        Assert.Equal(2, insert.Bind(1, 10).Bind(2, 20).Execute());
        using var select = connection.Prepare("select sum(a) from t where a > $min");
        Assert.Equal(DuckDbStatementType.Select, select.StatementType);
        Assert.Equal("min", select.GetParameterName(1));
        using var result = select.Bind("min", 15).Query();
        Assert.Equal((Int128)20, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public void Prepare_InvalidSql_ThrowsWithDuckDbMessage()
    {
        using var connection = Oracle.Connect();
        var exception = Assert.Throws<DuckDbException>(() => connection.Prepare("select * from missing_table"));
        Assert.Equal(DuckDbErrorType.Catalog, exception.ErrorType);
        Assert.Contains("missing_table", exception.Message, StringComparison.Ordinal);
    }
}
