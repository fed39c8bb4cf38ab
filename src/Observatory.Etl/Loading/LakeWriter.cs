using System.Globalization;
using Observatory.DuckDb;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Loading;

/// <summary>
/// Writes <c>lake_rows</c> to a staging directory with DuckDB <c>COPY … (FORMAT parquet,
/// COMPRESSION zstd, PARTITION_BY …, KV_METADATA …)</c> and lists the staged partitions, each
/// as one Parquet file (<c>vintage=2024/department_code=01/data_0.parquet</c>).
/// </summary>
internal static class LakeWriter
{
    /// <summary>Partition key of a source without partition columns.</summary>
    public const string WholeDataset = ".";

    public static IReadOnlyList<(string Partition, string File)> Write(
        DuckDbConnection connection, SourceContract contract, string stagingDirectory, string runId, string sha256)
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
            connection.Execute(SqlScripts.Render("copy_lake_unpartitioned", values));
            return [(WholeDataset, file)];
        }

        values["target"] = SqlScripts.Literal(stagingDirectory);
        values["partition_by"] = string.Join(", ", contract.Partitioning.Select(SqlScripts.Identifier));
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
