namespace Observatory.DuckDb.Tests;

/// <summary>The appender: bulk volume, all-or-nothing failure, CLR type dispatch.</summary>
public sealed class AppenderTests
{
    [Fact]
    public void Append_OneMillionRows_CountIsRight()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create table t (id bigint, x double, s varchar)");
        using (var appender = connection.CreateAppender(null, "t"))
        {
            Assert.Equal(3, appender.ColumnCount);
            for (long i = 0; i < 1_000_000; i++)
            {
                appender.Append(i).Append(i * 0.5).Append(i % 10 == 0 ? null : "v").EndRow();
            }

            appender.Close();
        }

        using var result = connection.Query("select count(*), sum(id), count(s) from t");
        var row = Assert.Single(result.Rows());
        Assert.Equal(1_000_000L, row[0]);
        Assert.Equal((Int128)499_999_500_000, row[1]);
        Assert.Equal(900_000L, row[2]);
    }

    [Fact]
    public void Close_DuplicatePrimaryKey_ThrowsConstraintAndLeavesNoRows()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create table t (id integer primary key, name varchar)");
        using (var appender = connection.CreateAppender("main", "t"))
        {
            appender.AppendRow(1, "a").AppendRow(2, "b").AppendRow(1, "again").AppendRow(3, "c");
            var exception = Assert.Throws<DuckDbException>(() => appender.Close());
            Assert.Equal(DuckDbErrorType.Constraint, exception.ErrorType);
            Assert.Contains("duplicate key", exception.Message, StringComparison.Ordinal);
        }

        using var result = connection.Query("select count(*) from t");
        Assert.Equal(0L, Assert.Single(result.Rows())[0]);
    }

    [Fact]
    public void AppendRow_EveryClrType_RoundTrips()
    {
        using var connection = Oracle.Connect();
        connection.Execute("""
            create table t (b boolean, i8 tinyint, i16 smallint, i32 integer, i64 bigint, u8 utinyint, u16 usmallint,
                u32 uinteger, u64 ubigint, h hugeint, uh uhugeint, f float, d double, m decimal(10,2), s varchar,
                bl blob, dt date, ts timestamp, tm time, iv interval, l integer[], n varchar)
            """);
        object?[] values =
        [
            true, (sbyte)-1, (short)-2, -3, -4L, (byte)5, (ushort)6, 7u, 8ul, (Int128)(-9), (UInt128)10, 1.5f, 2.5, 12.34m,
            "text", new byte[] { 1, 2 }, new DateOnly(2024, 5, 6), new DateTime(2024, 5, 6, 7, 8, 9), new TimeOnly(1, 2, 3),
            new DuckDbInterval(1, 2, 3), new[] { 1, 2 }, null,
        ];
        using (var appender = connection.CreateAppender(null, "t"))
        {
            appender.AppendRow(values);
        }

        using var result = connection.Query("select * from t");
        var row = Assert.Single(result.Rows());
        Assert.Equal(
            "true|-1|-2|-3|-4|5|6|7|8|-9|10|1.5|2.5|12.34|text|\\x01\\x02|2024-05-06|2024-05-06 07:08:09|01:02:03|1 month 2 days 00:00:00.000003|[1, 2]|<null>",
            string.Join('|', row.Select(v => DuckDbValueFormatter.Format(v) ?? "<null>")));
    }

    [Fact]
    public void CreateAppender_MissingTable_Throws()
    {
        using var connection = Oracle.Connect();
        var exception = Assert.Throws<DuckDbException>(() => connection.CreateAppender(null, "missing"));
        Assert.Contains("missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendColumns_EnumCodesAndNumbers_LandAsValuesAcrossChunks()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create type small as enum ('a', 'b', 'c')");
        connection.Execute("create type large as enum (select 'v' || i from range(300) t(i))");
        connection.Execute("create table t (s small, l large, n bigint, f boolean)");
        const int rows = 5000;
        var small = new byte[rows];
        var large = new ushort[rows];
        var numbers = new long[rows];
        var flags = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            small[i] = (byte)(i % 3);
            large[i] = (ushort)(i % 300);
            numbers[i] = i * 10L;
            flags[i] = i % 2 == 0;
        }

        using (var appender = connection.CreateAppender(null, "t"))
        {
            appender.AppendColumns([small, large, numbers, flags], rows);
            appender.Close();
        }

        using var result = connection.Query(
            "select count(*), count(*) filter (where s = 'c'), max(l::varchar), sum(n), count(*) filter (where f), " +
            "min(rowid) filter (where l = 'v299') from t");
        var row = Assert.Single(result.Rows());
        Assert.Equal(5000L, row[0]);
        Assert.Equal(1666L, row[1]);
        Assert.Equal("v99", row[2]);
        Assert.Equal((Int128)124_975_000, row[3]);
        Assert.Equal(2500L, row[4]);
        Assert.Equal(299L, row[5]);
    }

    [Fact]
    public void AppendColumns_WrongElementTypeOrLength_ThrowsBeforeAppending()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create type small as enum ('a', 'b')");
        connection.Execute("create table t (s small, n bigint)");
        using var appender = connection.CreateAppender(null, "t");
        var wrongType = Assert.Throws<ArgumentException>(() => appender.AppendColumns([new ushort[2], new long[2]], 2));
        Assert.Contains("stored as Byte", wrongType.Message, StringComparison.Ordinal);
        var tooShort = Assert.Throws<ArgumentException>(() => appender.AppendColumns([new byte[2], new long[1]], 2));
        Assert.Contains("holds 1 values", tooShort.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => appender.AppendColumns([new byte[2]], 2));
        appender.Close();
        using var result = connection.Query("select count(*) from t");
        Assert.Equal(0L, Assert.Single(result.Rows())[0]);
    }
}
