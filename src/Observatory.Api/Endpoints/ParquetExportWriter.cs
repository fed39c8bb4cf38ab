using Observatory.Api.Data;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Endpoints;

/// <summary>
/// Writes the export as Parquet: DuckDB <c>COPY … TO</c> a temporary file, streamed to the client, then deleted.
/// </summary>
internal static class ParquetExportWriter
{
    public static async Task WriteAsync(EditionLease lease, IReadOnlyDictionary<string, object?> parameters, Stream output, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"observatory-export-{Guid.NewGuid():N}.parquet");
        try
        {
            var sql = "copy (\n" + SqlText.OverFilteredValues("export_parquet", parameters) + "\n) to '" + path.Replace("'", "''", StringComparison.Ordinal)
                + "' (format parquet, compression zstd)";
            using (var pooled = lease.Rent())
            {
                using var statement = pooled.Connection.Prepare(sql);
                statement.BindAll(parameters);
                statement.Execute();
            }

            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await file.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
