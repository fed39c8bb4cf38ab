using System.Globalization;
using Observatory.DuckDb;

namespace Observatory.Benchmarks.Api;

/// <summary>What a query returned: row count, and the sum and null count of the values compared (<c>check_value</c>).</summary>
internal readonly record struct ResultShape(long Rows, double Sum, long Values, long Nulls)
{
    public ResultShape Add(ResultShape other) => new(Rows + other.Rows, Sum + other.Sum, Values + other.Values, Nulls + other.Nulls);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rows} rows, {Values} values (sum {Sum:G10}), {Nulls} nulls");
}

/// <summary>
/// The "direct SQL" floor: prepares and runs a query's statements on a read-only connection of the same edition the
/// API serves, reading every value of every row (as the API's resolvers do).
/// </summary>
internal static class DirectSql
{
    public const string CheckColumn = "check_value";

    public static ResultShape Run(DuckDbConnection connection, DashboardQuery query)
    {
        var shape = default(ResultShape);
        foreach (var sql in query.Statements)
        {
            using var statement = connection.Prepare(sql);
            statement.BindAll(query.Parameters);

            using var result = statement.Query();
            var check = -1;
            for (var c = 0; c < result.Columns.Count; c++)
            {
                if (result.Columns[c].Name == CheckColumn)
                {
                    check = c;
                }
            }

            foreach (var row in result.Rows())
            {
                var value = check >= 0 ? row[check] : null;
                shape = shape.Add(new ResultShape(
                    1,
                    value is null ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture),
                    value is null ? 0 : 1,
                    check >= 0 && value is null ? 1 : 0));
            }
        }

        return shape;
    }
}
