using Observatory.Etl.Bulk;
using Observatory.Etl.Contracts;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// The bulk pass's reading of a plain CSV (shape check, then the C# scan of every cell), started as
/// soon as the file is detected so that it runs while the file is being landed (hashed and copied);
/// it is waited for, and its work dropped, when the file turns out to be unchanged.
/// </summary>
internal sealed partial class FileIngestor
{
    private Task<PreScan?>? _preScan;

    /// <summary>Starts the pre-scan of a file the bulk pass can take; null for any other file.</summary>
    private Task<PreScan?>? StartPreScan(DetectedFile file)
    {
        var contract = file.Contract;
        if (!session.BulkCsv || contract.Format != SourceFormat.Csv || file.HasWrongDelimiter)
        {
            return null;
        }

        var mapping = new RecordMapping(new ColumnLayout(contract), file.Variant, file.Bindings, file.Vintage);
        if (mapping.IsWide)
        {
            return null;
        }

        var dialect = RecordReader.DialectOf(contract);
        var maxDistinct = session.BulkMaxDistinct;
        return Task.Run(() => CsvShapeCheck.Inspect(path, dialect) is { } shape
            ? new PreScan(dialect, shape, CsvCellScanner.Scan(path, dialect, shape, maxDistinct))
            : null);
    }

    /// <summary>The pre-scan's result: null when the file is not plain (the row pass takes it).</summary>
    private PreScan? EndPreScan() => _preScan?.GetAwaiter().GetResult();

    /// <summary>Waits for a pre-scan whose result is not wanted (the file is unchanged, or landing failed).</summary>
    private void DropPreScan()
    {
        try
        {
            _preScan?.Wait();
        }
        catch (AggregateException)
        {
            // Its work is not used: whatever it met, the file's outcome does not depend on it.
        }

        _preScan = null;
    }

    /// <summary>A plain CSV's dialect and shape, and its cells numbered by the C# scan (null: too many distinct texts, DuckDB reads it alone).</summary>
    private sealed record PreScan(CsvDialect Dialect, CsvShape Shape, ScannedCells? Scanned);
}
