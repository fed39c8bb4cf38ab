using System.Globalization;
using Observatory.Core.Home;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Tests.Support;

/// <summary>Reads the published warehouse of a data home read-only, as the API and Metabase do.</summary>
public static class WarehouseQuery
{
    public static List<object?[]> Rows(DataHome home, string sql)
    {
        var path = home.TryGetPublishedWarehouse(out var problem) ?? throw new InvalidOperationException(problem);
        using var database = DuckDbDatabase.Open(path, new DuckDbOptions { AccessMode = DuckDbAccessMode.ReadOnly });
        using var connection = database.Connect();
        using var result = connection.Query(sql);
        return [.. result.Rows()];
    }

    public static object? Scalar(DataHome home, string sql) => Rows(home, sql).Single()[0];

    public static long Count(DataHome home, string sql) => Convert.ToInt64(Scalar(home, sql), CultureInfo.InvariantCulture);

    public static double? Double(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
