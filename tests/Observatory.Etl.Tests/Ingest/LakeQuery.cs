using Observatory.DuckDb;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>Reads the lake and quarantine back with DuckDB, as a downstream reader would.</summary>
internal static class LakeQuery
{
    public static long Scalar(string sql)
    {
        using var db = DuckDbDatabase.Open(null);
        using var connection = db.Connect();
        using var result = connection.Query(sql);
        return Convert.ToInt64(result.Rows().First()[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(string sql)
    {
        using var db = DuckDbDatabase.Open(null);
        using var connection = db.Connect();
        using var result = connection.Query(sql);
        return [.. result.Rows()];
    }

    /// <summary>Rows of a source's dataset, read with hive partitioning (0 when nothing was written).</summary>
    public static long CountLake(string lakeDirectory, string source, string where = "true")
    {
        var dir = Path.Combine(lakeDirectory, source);
        if (!Directory.Exists(dir) || !Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories).Any())
        {
            return 0;
        }

        return Scalar($"select count(*) from read_parquet('{dir}/**/*.parquet', hive_partitioning = true, hive_types_autocast = false) where {where}");
    }
}
