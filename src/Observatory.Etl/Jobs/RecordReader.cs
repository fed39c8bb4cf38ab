using Observatory.Etl.Contracts;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Jobs;

/// <summary>
/// Streams the data records of a detected file as <see cref="TypedRecord"/>s holding raw text,
/// with the raw row they came from: CSV after its header line (strict decoding), the data
/// sheet of a workbook after its header row, or FINESS lines after the preamble, each mapped by
/// the layout of its record tag. Reading errors surface as <see cref="SourceFileException"/>.
/// </summary>
internal static class RecordReader
{
    public static IEnumerable<(RawRow Row, TypedRecord Record)> Read(string path, DetectedFile file, ColumnLayout layout)
    {
        var contract = file.Contract;
        return contract.Format switch
        {
            SourceFormat.Xlsx => ReadWorkbook(path, file, layout),
            SourceFormat.Finess => ReadFiness(path, file, layout),
            _ => ReadCsv(path, file, layout),
        };
    }

    public static CsvDialect DialectOf(SourceContract contract) =>
        new(contract.Encoding.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase) ? TextEncoding.Utf8 : TextEncoding.Latin1,
            contract.Delimiter ?? ';');

    private static IEnumerable<(RawRow, TypedRecord)> ReadCsv(string path, DetectedFile file, ColumnLayout layout)
    {
        var mapping = new RecordMapping(layout, file.Variant, file.Bindings, file.Vintage);
        var header = true;
        foreach (var row in CsvFileReader.Read(path, DialectOf(file.Contract)))
        {
            if (header)
            {
                header = false;
                continue;
            }

            foreach (var record in mapping.Map(row.Line, row.Cells))
            {
                yield return (row, record);
            }
        }
    }

    /// <summary>The data sheet after its header row, or, for a contract reading every matching sheet, each of them in turn with its own layout.</summary>
    private static IEnumerable<(RawRow, TypedRecord)> ReadWorkbook(string path, DetectedFile file, ColumnLayout layout)
    {
        using var workbook = XlsxWorkbook.Open(path);
        var several = file.DataSheets.Count > 0;
        foreach (var sheet in file.SheetsToRead())
        {
            var mapping = new RecordMapping(layout, sheet.Variant, sheet.Bindings, file.Vintage);
            var header = true;
            foreach (var read in workbook.ReadSheet(sheet.Name))
            {
                if (header)
                {
                    header = false;
                    continue;
                }

                var row = several ? read with { Sheet = sheet.Name } : read;
                foreach (var record in mapping.Map(row.Line, row.Cells))
                {
                    yield return (row, record);
                }
            }
        }
    }

    private static IEnumerable<(RawRow, TypedRecord)> ReadFiness(string path, DetectedFile file, ColumnLayout layout)
    {
        var contract = file.Contract;
        var mappings = contract.Variants
            .Where(v => v.RecordType is not null && (file.Vintage is null || v.Covers(file.Vintage.Value)))
            .ToDictionary(v => v.RecordType!, v => new RecordMapping(layout, v, RecordMapping.Positional(v), file.Vintage), StringComparer.Ordinal);
        var preamble = true;
        foreach (var row in CsvFileReader.Read(path, DialectOf(contract)))
        {
            if (preamble)
            {
                preamble = false;
                continue;
            }

            var tag = (row[0] ?? string.Empty).Trim();
            if (mappings.TryGetValue(tag, out var mapping))
            {
                foreach (var record in mapping.Map(row.Line, row.Cells))
                {
                    yield return (row, record);
                }

                continue;
            }

            var unknown = new TypedRecord(row.Line, layout.Count);
            unknown.Add(new RowIssue(EtlIssueCodes.UnknownRecordType, RuleSeverity.Error, null, tag,
                EtlMessages.Format(EtlMessages.UnknownRecordType, tag)));
            yield return (row, unknown);
        }
    }
}
