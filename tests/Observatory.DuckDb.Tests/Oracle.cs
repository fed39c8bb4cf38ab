namespace Observatory.DuckDb.Tests;

/// <summary>Compares the binding's decoding of <c>x</c> with DuckDB's own <c>x::VARCHAR</c>.</summary>
internal static class Oracle
{
    /// <summary>Opens an in-memory database with TimeZone UTC and returns a connection (disposing it closes both).</summary>
    public static DuckDbConnection Connect()
    {
        using var database = DuckDbDatabase.Open(null);
        var connection = database.Connect();
        connection.Execute("SET TimeZone='UTC'");
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (columns x, s where s = x::VARCHAR) and asserts every row's formatted x equals s.
    /// Returns the number of rows compared.
    /// </summary>
    public static int AssertRendersLikeDuckDb(DuckDbConnection connection, string sql)
    {
        using var result = connection.Query(sql);
        var rows = 0;
        foreach (var row in result.Rows())
        {
            var expected = (string?)row[1];
            var actual = DuckDbValueFormatter.Format(row[0]);
            Assert.True(expected == actual, $"{sql}\nrow {rows}: DuckDB renders '{expected ?? "<NULL>"}', binding renders '{actual ?? "<NULL>"}' ({row[0]?.GetType().Name ?? "null"})");
            rows++;
        }

        return rows;
    }

    /// <summary>Builds <c>select x, x::varchar from (values (v1), (v2) …) t(x)</c> with each value cast to <paramref name="type"/>.</summary>
    public static string ValuesQuery(string type, params string[] literals) =>
        "select x, x::varchar as s from (values " + string.Join(", ", literals.Select(l => $"(({l})::{type})")) + ") t(x)";
}
