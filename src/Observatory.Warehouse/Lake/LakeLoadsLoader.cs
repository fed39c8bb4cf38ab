using System.Globalization;
using System.Text;
using System.Text.Json;
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
        foreach (var file in Directory.EnumerateFiles(lakeDirectory, "_loads.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var source = Text(document.RootElement, "source") ?? Path.GetFileName(Path.GetDirectoryName(file));
            if (!document.RootElement.TryGetProperty("loads", out var loads) || loads.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var load in loads.EnumerateArray())
            {
                var runId = Text(load, "run_id");
                var path = Text(load, "file");
                rows.Add("(" + string.Join(", ",
                    Sql.Literal(source), Sql.Literal(Text(load, "sha256")), Sql.Literal(runId),
                    Sql.Literal(path is null ? null : Path.GetFileName(path)), Sql.Literal(Text(load, "scope")),
                    Sql.Literal(Number(load, "contract_version")), Sql.Literal(Number(load, "read")),
                    Sql.Literal(Number(load, "accepted")), Sql.Literal(Number(load, "quarantined")),
                    RunTimestamp(runId)) + ")");
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

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
