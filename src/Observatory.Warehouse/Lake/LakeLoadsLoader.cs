using System.Globalization;
using System.Text;
using Observatory.Core.Runs;
using Observatory.DuckDb;

namespace Observatory.Warehouse.Lake;

/// <summary>
/// Builds the table <c>lake_loads</c> from every <c>lake/&lt;source&gt;/_loads.json</c> the ingest keeps:
/// one row per loaded raw file with its SHA-256, ingest run, file name, scope and row accounting. It is
/// the provenance link from a lake row (<c>source_sha256</c>, <c>run_id</c>) back to the raw file. A lake
/// written without that registry (test fixtures) simply gives an empty table.
/// </summary>
public static class LakeLoadsLoader
{
    public const string TableName = "lake_loads";

    public static long Load(DuckDbConnection connection, string lakeDirectory)
    {
        connection.Execute($"""
            create or replace table {TableName} (
                source varchar, sha256 varchar, run_id varchar, file_name varchar, scope varchar,
                contract_version integer, rows_read bigint, rows_accepted bigint, rows_quarantined bigint,
                loaded_at timestamp
            )
            """);
        if (!Directory.Exists(lakeDirectory))
        {
            return 0;
        }

        var rows = new List<string>();
        foreach (var file in Directory.EnumerateFiles(lakeDirectory, LakeLoadsFile.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var registry = LakeLoadsFile.Read(file);
            var source = registry.Source ?? Path.GetFileName(Path.GetDirectoryName(file));
            foreach (var load in registry.Loads)
            {
                rows.Add("(" + string.Join(", ",
                    Sql.Literal(source), Sql.Literal(load.Sha256), Sql.Literal(load.RunId),
                    Sql.Literal(load.File is null ? null : Path.GetFileName(load.File)), Sql.Literal(load.Scope),
                    Sql.Literal(load.ContractVersion), Sql.Literal(load.Read),
                    Sql.Literal(load.Accepted), Sql.Literal(load.Quarantined),
                    RunTimestamp(load.RunId)) + ")");
            }
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        var sql = new StringBuilder($"insert into {TableName} values ").AppendJoin(",\n", rows);
        return connection.Execute(sql.ToString());
    }

    /// <summary>The UTC start time encoded in a run id (<c>20261122T085314155Z-20118</c>), as a SQL literal.</summary>
    internal static string RunTimestamp(string? runId) => RunId.StartedAt(runId) is { } at
        ? $"timestamp '{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)}'"
        : "null";
}
