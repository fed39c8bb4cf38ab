using Observatory.DuckDb;

namespace Observatory.Warehouse.Lake;

/// <summary>
/// Copies the lake into the build as one table <c>raw_&lt;source&gt;</c> per source contract, so an
/// edition is frozen: the table always has every contract column with its contract type (a column
/// absent from the Parquet files stays null), and a source without data gets an empty typed table,
/// so models never fail on absent data.
/// </summary>
public static class LakeSourceLoader
{
    /// <summary>Creates every <c>raw_&lt;source&gt;</c> table; returns the row count per source.</summary>
    public static IReadOnlyDictionary<string, long> Load(DuckDbConnection connection, string lakeDirectory, IEnumerable<SourceSchema> sources)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            counts[source.Source] = Load(connection, lakeDirectory, source);
        }

        return counts;
    }

    public static string TableName(string source) => "raw_" + source;

    private static long Load(DuckDbConnection connection, string lakeDirectory, SourceSchema source)
    {
        var table = TableName(source.Source);
        var columns = source.LakeColumns().ToList();
        connection.Execute($"create or replace table {table} ({string.Join(", ", columns.Select(c => $"{Sql.Identifier(c.Name)} {c.Type}"))})");

        var directory = Path.Combine(lakeDirectory, source.Source);
        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Any())
        {
            return 0;
        }

        var reader = $"read_parquet({Sql.PathLiteral(Path.Combine(directory, "**", "*.parquet"))}, " +
            "hive_partitioning = true, hive_types_autocast = false, union_by_name = true)";
        var present = new HashSet<string>(StringComparer.Ordinal);
        using (var schema = connection.Query($"select column_name from (describe select * from {reader})"))
        {
            foreach (var row in schema.Rows())
            {
                present.Add((string)row[0]!);
            }
        }

        var shared = columns.Where(c => present.Contains(c.Name)).Select(c => Sql.Identifier(c.Name)).ToList();
        var list = string.Join(", ", shared);
        return connection.Execute($"insert into {table} ({list}) select {list} from {reader}");
    }
}
