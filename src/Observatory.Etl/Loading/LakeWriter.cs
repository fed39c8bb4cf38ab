using System.Globalization;
using System.Text.RegularExpressions;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Loading;

/// <summary>
/// Writes <c>lake_rows</c> to a staging directory as zstd Parquet with the run, source SHA-256 and
/// contract version in the file metadata, one file per partition
/// (<c>vintage=2024/department_code=01/data_0.parquet</c>), and lists the staged partitions.
/// Partitions are written one <c>COPY … WHERE</c> at a time (faster than DuckDB's
/// <c>PARTITION_BY</c>, which buffers every row per partition); a key that is NULL or not a plain
/// path segment falls back to <c>PARTITION_BY</c>.
/// </summary>
internal static partial class LakeWriter
{
    /// <summary>Partition key of a source without partition columns.</summary>
    public const string WholeDataset = ".";

    /// <summary>The distinct partition keys, or null when one is NULL or not a plain path segment (then DuckDB's own PARTITION_BY names the folders).</summary>
    private static List<object[]>? PartitionKeys(DuckDbConnection connection, string partitionBy)
    {
        var keys = new List<object[]>();
        using var result = connection.Query($"select distinct {partitionBy} from {LakeTable.Name}");
        foreach (var row in result.Rows())
        {
            if (!row.All(v => v is long || (v is string s && PlainSegment().IsMatch(s))))
            {
                return null;
            }

            keys.Add(row!);
        }

        // In key order whatever the column type (an ENUM would sort by its codes).
        keys.Sort((a, b) =>
        {
            for (var i = 0; i < a.Length; i++)
            {
                var order = a[i] is long x && b[i] is long y ? x.CompareTo(y) : string.CompareOrdinal(Convert.ToString(a[i], CultureInfo.InvariantCulture), Convert.ToString(b[i], CultureInfo.InvariantCulture));
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        });

        return keys;
    }

    private static List<(string Partition, string File)> WriteEachPartition(DuckDbConnection connection, SourceContract contract,
        string stagingDirectory, Dictionary<string, string> values, List<object[]> keys, IReadOnlyDictionary<string, string>? enumTypes)
    {
        var work = new List<(string Partition, string File, string Sql)>(keys.Count);
        foreach (var key in keys)
        {
            var partition = string.Join('/', contract.Partitioning.Select((c, i) => c + "=" + Convert.ToString(key[i], CultureInfo.InvariantCulture)));
            var directory = Path.Combine(stagingDirectory, partition.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "data_0.parquet");
            values["target"] = SqlScripts.Literal(file);
            values["filter"] = string.Join(" and ", contract.Partitioning.Select((c, i) => SqlScripts.Identifier(c) + " = " + (key[i] is long l
                ? l.ToString(CultureInfo.InvariantCulture)
                : enumTypes?.GetValueOrDefault(c) is { } type
                    ? $"cast('{SqlScripts.Literal((string)key[i])}' as {type})"
                    : "'" + SqlScripts.Literal((string)key[i]) + "'")));
            work.Add((partition, file, SqlScripts.Render("copy_lake_partition", values)));
        }

        // A partition's COPY is small and mostly single-threaded: run them on one connection per core,
        // each query on one thread (more would only contend for the same cores).
        var workers = Math.Min(Environment.ProcessorCount, work.Count);
        var connections = new DuckDbConnection[workers];
        connections[0] = connection;
        string threads;
        using (var setting = connection.Query("select current_setting('threads')"))
        {
            threads = Convert.ToString(setting.Rows().First()[0], CultureInfo.InvariantCulture)!;
        }

        connection.Execute("set threads = 1");
        try
        {
            for (var w = 1; w < workers; w++)
            {
                connections[w] = connection.Database.Connect();
            }

            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            {
                for (var i = w; i < work.Count; i += workers)
                {
                    connections[w].Execute(work[i].Sql);
                }
            });
        }
        finally
        {
            for (var w = 1; w < workers; w++)
            {
                connections[w]?.Dispose();
            }

            connection.Execute("set threads = " + threads);
        }

        return [.. work.Select(x => (x.Partition, x.File))];
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex PlainSegment();

    /// <summary>
    /// Writes <c>lake_rows</c> into <paramref name="stagingDirectory"/>, one file per partition;
    /// <paramref name="enumTypes"/> names the <c>lake_rows</c> columns that are ENUMs (bulk pass), whose
    /// partition literals are cast to them so that the filter prunes row groups.
    /// </summary>
    public static IReadOnlyList<(string Partition, string File)> Write(
        DuckDbConnection connection, SourceContract contract, string stagingDirectory, string runId, string sha256,
        IReadOnlyDictionary<string, string>? enumTypes = null)
    {
        Directory.CreateDirectory(stagingDirectory);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["run_id"] = SqlScripts.Literal(runId),
            ["source_sha256"] = SqlScripts.Literal(sha256),
            ["contract_version"] = contract.ContractVersion.ToString(CultureInfo.InvariantCulture),
        };
        if (contract.Partitioning.Count == 0)
        {
            var file = Path.Combine(stagingDirectory, LakeCommitter.PartitionFileName);
            values["target"] = SqlScripts.Literal(file);
            values["filter"] = "true";
            connection.Execute(SqlScripts.Render("copy_lake_partition", values));
            return [(WholeDataset, file)];
        }

        values["partition_by"] = string.Join(", ", contract.Partitioning.Select(SqlScripts.Identifier));
        if (PartitionKeys(connection, values["partition_by"]) is { } keys)
        {
            return WriteEachPartition(connection, contract, stagingDirectory, values, keys, enumTypes);
        }

        values["target"] = SqlScripts.Literal(stagingDirectory);
        connection.Execute(SqlScripts.Render("copy_lake_partitions", values));

        var staged = new List<(string, string)>();
        foreach (var dir in Directory.EnumerateDirectories(stagingDirectory, "*", SearchOption.AllDirectories))
        {
            var files = Directory.GetFiles(dir, "*.parquet");
            if (files.Length == 0)
            {
                continue;
            }

            if (files.Length > 1)
            {
                throw new InvalidOperationException($"DuckDB wrote {files.Length} files into partition '{dir}'; one was expected.");
            }

            var partition = Path.GetRelativePath(stagingDirectory, dir).Replace(Path.DirectorySeparatorChar, '/');
            staged.Add((partition, files[0]));
        }

        return staged;
    }
}
