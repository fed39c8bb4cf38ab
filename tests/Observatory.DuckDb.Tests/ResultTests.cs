namespace Observatory.DuckDb.Tests;

/// <summary>Result metadata, chunking and the typed (non-boxing) accessors.</summary>
public sealed class ResultTests
{
    [Fact]
    public void Columns_TypeNames_MatchDuckDbTypeof()
    {
        using var connection = Oracle.Connect();
        const string expressions = """
            12.345::decimal(18,3), [1, 2]::integer[], {'a': 1, 'b': 'x'}::struct(a integer, b varchar),
            map {'k': 1}, [1, 2, 3]::integer[3], 'x'::varchar, now()::timestamptz, 'a'::enum('a', 'b'),
            {'my key': 1}, '{}'::json, 1::hugeint, '00000000-0000-0000-0000-000000000000'::uuid
            """;
        using var result = connection.Query($"select {expressions}");
        using var types = connection.Query("select " + string.Join(", ", SplitTopLevel(expressions).Select(e => $"typeof({e})")));
        var expected = Assert.Single(types.Rows()).Select(v => (string)v!).ToList();
        Assert.Equal(expected, result.Columns.Select(c => c.Type.ToString()));
        Assert.Equal(DuckDbTypeId.Decimal, result.Columns[0].Type.Id);
        Assert.Equal(18, result.Columns[0].Type.DecimalWidth);
        Assert.Equal(DuckDbTypeId.Integer, result.Columns[1].Type.ElementType!.Id);
    }

    [Fact]
    public void Chunks_TypedAccessors_ReadSpansStringsAndValidity()
    {
        using var connection = Oracle.Connect();
        using var result = connection.Query(
            "select i, i * 0.25 as d, case when i % 3 = 0 then null else 'v' || i::varchar end as s from range(5000) r(i)");
        long rows = 0, nulls = 0, sum = 0;
        var chunkCount = 0;
        foreach (var chunk in result.Chunks())
        {
            chunkCount++;
            Assert.True(chunk.RowCount <= 2048);
            var ids = chunk[0].GetValues<long>();
            var strings = chunk[2];
            for (var row = 0; row < chunk.RowCount; row++)
            {
                sum += ids[row];
                if (!strings.IsValid(row))
                {
                    nulls++;
                    Assert.Null(strings.GetString(row));
                    continue;
                }

                Assert.Equal("v" + ids[row], strings.GetString(row));
                Assert.Equal(strings.GetString(row)!.Length, strings.GetUtf8(row).Length);
            }

            rows += chunk.RowCount;
        }

        Assert.True(chunkCount >= 3, $"expected several chunks, got {chunkCount}");
        Assert.Equal(5000, rows);
        Assert.Equal(5000, result.RowsRead);
        Assert.Equal(1667, nulls);
        Assert.Equal(4999L * 5000 / 2, sum);
    }

    [Fact]
    public void GetValues_WrongStorageType_ThrowsInvalidCast()
    {
        using var connection = Oracle.Connect();
        using var result = connection.Query("select 1::integer, 1.5::decimal(9,2), 'x'");
        using var chunk = result.FetchChunk()!;
        Assert.Throws<InvalidCastException>(() => chunk[0].GetValues<long>());
        Assert.Equal(150, chunk[1].GetValues<int>()[0]);
        Assert.Throws<InvalidCastException>(() => chunk[2].GetValues<long>());
        Assert.Throws<InvalidCastException>(() => chunk[0].GetString(0));
        Assert.Equal("1.50", chunk[1].GetDecimal(0)!.Value.ToString());
    }

    [Fact]
    public void Result_ReportsStatementTypeAndRowsChanged()
    {
        using var connection = Oracle.Connect();
        connection.Execute("create table t (a integer)");
        using var insert = connection.Query("insert into t select * from range(10)");
        Assert.Equal(DuckDbStatementType.Insert, insert.StatementType);
        Assert.Equal(10, insert.RowsChanged);
        using var select = connection.Query("select * from t");
        Assert.Equal(DuckDbStatementType.Select, select.StatementType);
        Assert.Equal(0, select.RowsChanged);
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var inString = false;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c == '\'')
            {
                inString = !inString;
            }
            else if (!inString && c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (!inString && c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (!inString && depth == 0 && c == ',')
            {
                yield return list[start..i].Trim();
                start = i + 1;
            }
        }

        yield return list[start..].Trim();
    }
}
