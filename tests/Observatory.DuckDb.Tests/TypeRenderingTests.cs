namespace Observatory.DuckDb.Tests;

/// <summary>
/// Every supported type, with edge values, decoded by the binding and rendered by DuckDbValueFormatter, compared with
/// DuckDB's own <c>x::VARCHAR</c> (DuckDB is the oracle).
/// </summary>
public sealed class TypeRenderingTests
{
    [Theory]
    [InlineData("BOOLEAN", "true", "false", "NULL")]
    [InlineData("TINYINT", "-128", "127", "0", "NULL")]
    [InlineData("SMALLINT", "-32768", "32767")]
    [InlineData("INTEGER", "-2147483648", "2147483647", "NULL")]
    [InlineData("BIGINT", "-9223372036854775808", "9223372036854775807")]
    [InlineData("UTINYINT", "0", "255")]
    [InlineData("USMALLINT", "0", "65535")]
    [InlineData("UINTEGER", "0", "4294967295")]
    [InlineData("UBIGINT", "0", "18446744073709551615")]
    [InlineData("HUGEINT", "-170141183460469231731687303715884105728", "170141183460469231731687303715884105727", "-1", "18446744073709551616")]
    [InlineData("UHUGEINT", "0", "340282366920938463463374607431768211455", "18446744073709551616")]
    [InlineData("FLOAT", "0.1", "-1.5", "3.4028235e38", "1e-10", "'inf'", "'-inf'", "'nan'", "0", "100", "1e7", "123456.7")]
    [InlineData("DOUBLE", "0.1", "1.0", "-2.5", "1e20", "1e-5", "0.0001", "123456789.0", "1e15", "1e16", "5e-324", "1.7976931348623157e308", "'inf'", "'-inf'", "'nan'", "-0.0", "0.30000000000000004")]
    [InlineData("DECIMAL(4,1)", "-999.9", "12.3", "0.0", "-0.5", "999.9")]
    [InlineData("DECIMAL(9,3)", "-999999.999", "12.345", "-0.001", "0")]
    [InlineData("DECIMAL(18,6)", "-999999999999.999999", "0.000001", "123.4")]
    [InlineData("DECIMAL(38,10)", "-9999999999999999999999999999.9999999999", "0.0000000001", "-1.5")]
    [InlineData("DECIMAL(3,3)", "0.001", "-0.5", "0")]
    [InlineData("DECIMAL(38,0)", "-99999999999999999999999999999999999999", "99999999999999999999999999999999999999")]
    [InlineData("VARCHAR", "''", "'abcdefghijkl'", "'abcdefghijklm'", "'héllo wörld ✓ 日本語'", "'été'", "NULL", "'a''quote'")]
    [InlineData("BLOB", "'\\xAA\\xBB\\x00'", "'abc'", "''", "'a\\x5Cb'")]
    [InlineData("DATE", "'2024-01-05'", "'1970-01-01'", "'1969-12-31'", "'0001-01-01'", "'9999-12-31'", "'infinity'", "'-infinity'", "'0044-03-15 (BC)'", "'2000-02-29'")]
    [InlineData("TIME", "'00:00:00'", "'12:34:56.789'", "'23:59:59.999999'", "'01:02:03.000001'")]
    [InlineData("TIMESTAMP", "'2024-01-01 12:30:00.5'", "'1969-12-31 23:59:59.999999'", "'infinity'", "'-infinity'", "'1900-01-01 00:00:00'", "'0044-03-15 (BC) 10:00:00'")]
    [InlineData("TIMESTAMP_S", "'2024-01-01 12:30:05'", "'1960-06-01 00:00:01'")]
    [InlineData("TIMESTAMP_MS", "'2024-01-01 12:30:05.123'", "'1960-06-01 00:00:00.001'")]
    [InlineData("TIMESTAMP_NS", "'2024-01-01 12:30:05.123456789'", "'1960-06-01 00:00:00.000000001'", "'2024-01-01 00:00:00'")]
    [InlineData("TIMESTAMPTZ", "'2024-01-01 00:00:00+02'", "'1999-12-31 23:59:59.25+00'", "'infinity'", "'-infinity'")]
    [InlineData("INTERVAL", "interval '1 year 2 months 3 days 04:05:06'", "interval '-1 day'", "interval '0 seconds'", "interval '36 hours'", "interval '-1.5 seconds'", "interval '1 month'", "interval '14 months'", "interval '-14 months'", "interval '1 day 00:00:00.000001'", "interval '2 years'")]
    [InlineData("UUID", "'00000000-0000-0000-0000-000000000000'", "'00000000-0000-0000-0000-000000000001'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'", "'7fffffff-ffff-ffff-ffff-ffffffffffff'", "'80000000-0000-0000-0000-000000000000'", "'0123e456-789a-4bcd-8ef0-123456789abc'")]
    [InlineData("INTEGER[]", "[1, 2, NULL]", "[]", "NULL", "[NULL]")]
    [InlineData("INTEGER[][]", "[[1, 2], [3], [], NULL]", "[]")]
    [InlineData("VARCHAR[]", "['a', 'b c', NULL, '', 'x,y', 'NULL', 'it''s', ' lead']")]
    [InlineData("STRUCT(a INTEGER, b VARCHAR)", "{'a': 1, 'b': NULL}", "{'a': NULL, 'b': 'x'}", "NULL", "{'a': 2, 'b': 'hello world'}")]
    [InlineData("STRUCT(n STRUCT(x INTEGER[]), d DECIMAL(9,2))", "{'n': {'x': [1, NULL]}, 'd': -1.25}", "{'n': NULL, 'd': NULL}")]
    [InlineData("MAP(VARCHAR, INTEGER)", "map {'k1': 1, 'k2': NULL}", "map {}", "NULL")]
    [InlineData("MAP(INTEGER, VARCHAR[])", "map {1: ['a'], 2: []}")]
    [InlineData("INTEGER[3]", "[1, 2, 3]", "[NULL, 5, 6]", "NULL")]
    [InlineData("DOUBLE[]", "[1.5, -0.0, 1e20]")]
    [InlineData("DATE[]", "['2024-01-05', 'infinity', NULL]")]
    [InlineData("TIME[]", "['12:34:56.5']")]
    [InlineData("INTERVAL[]", "[interval '1 year 2 days', interval '3 hours']")]
    [InlineData("BLOB[]", "['\\xAA'::blob, 'ab'::blob]")]
    [InlineData("VARCHAR[]", "['back\\slash', 'say \"hi\"', 'tab\there']")]
    [InlineData("UUID[]", "['00000000-0000-0000-0000-000000000001']")]
    [InlineData("BOOLEAN[]", "[true, false, NULL]")]
    [InlineData("HUGEINT[]", "[-170141183460469231731687303715884105728]")]
    [InlineData("STRUCT(\"my key\" INTEGER, \"it's\" VARCHAR)", "{'my key': 1, 'it''s': 'a:b'}")]
    [InlineData("MAP(VARCHAR, VARCHAR)", "map {'a=b': '{x}', 'k': 'v w'}")]
    public void Format_EdgeValues_MatchDuckDbVarcharCast(string type, params string[] literals)
    {
        using var connection = Oracle.Connect();
        var rows = Oracle.AssertRendersLikeDuckDb(connection, Oracle.ValuesQuery(type, literals));
        Assert.Equal(literals.Length, rows);
    }

    [Fact]
    public void Format_EnumsOfEachIndexWidth_MatchDuckDbVarcharCast()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create type mood as enum ('sad', 'ok', 'happy')");
        connection.Execute("create type wide as enum (select 'v' || i::varchar from range(300) r(i))");
        connection.Execute("create type huge as enum (select 'h' || i::varchar from range(70000) r(i))");
        Assert.Equal(3, Oracle.AssertRendersLikeDuckDb(connection, Oracle.ValuesQuery("mood", "'sad'", "'happy'", "NULL")));
        Assert.Equal(2, Oracle.AssertRendersLikeDuckDb(connection, Oracle.ValuesQuery("wide", "'v0'", "'v299'")));
        Assert.Equal(2, Oracle.AssertRendersLikeDuckDb(connection, Oracle.ValuesQuery("huge", "'h1'", "'h69999'")));
    }

    [Fact]
    public void Rows_MoreThanOneChunk_AllRowsMatchDuckDb()
    {
        using var connection = Oracle.Connect();
        const string sql = """
            select x, x::varchar as s from (
                select {'i': i, 'd': (i * 1.5)::decimal(12,2), 's': repeat('x', (i % 20)::integer),
                        'l': case when i % 7 = 0 then null else [i, null] end,
                        't': make_timestamp(i * 1000000)} as x
                from range(5000) r(i))
            """;
        Assert.Equal(5000, Oracle.AssertRendersLikeDuckDb(connection, sql));
    }
}
