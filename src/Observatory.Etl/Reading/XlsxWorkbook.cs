using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatory.Etl.Reading;

/// <summary>
/// A publisher's XLSX workbook opened read-only: its sheet names and a streaming (SAX) reader of
/// one sheet's rows as raw text. Numbers keep their stored invariant text (the Ain stored by
/// Excel as the number <c>1</c> reads <c>"1"</c>; padding is the contract's job), shared and
/// inline strings are resolved, booleans read <c>TRUE</c>/<c>FALSE</c>. A truncated or corrupt
/// file raises <see cref="SourceFileException"/> with code <c>etl.corrupt_xlsx</c>.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly string _path;
    private string[]? _sharedStrings;

    private XlsxWorkbook(SpreadsheetDocument document, string path)
    {
        _document = document;
        _path = path;
    }

    public static XlsxWorkbook Open(string path)
    {
        try
        {
            var document = SpreadsheetDocument.Open(path, isEditable: false);
            if (document.WorkbookPart?.Workbook?.Sheets is null)
            {
                document.Dispose();
                throw Corrupt(path, "the package has no workbook part", null);
            }

            return new XlsxWorkbook(document, path);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw Corrupt(path, ex.Message, ex);
        }
    }

    /// <summary>Sheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty).ToArray();

    /// <summary>Streams the rows of <paramref name="sheetName"/>; empty rows are skipped.</summary>
    public IEnumerable<RawRow> ReadSheet(string sheetName)
    {
        var workbookPart = _document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheetName)
            ?? throw new SourceFileException(ReadIssueCodes.MissingSheet, _path, $"{_path}: no sheet named '{sheetName}'");
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
        var shared = _sharedStrings ??= LoadSharedStrings(workbookPart);
        return ReadRows(part, shared);
    }

    public void Dispose() => _document.Dispose();

    private IEnumerable<RawRow> ReadRows(WorksheetPart part, string[] shared)
    {
        using var reader = OpenReader(part);
        var cells = new List<string?>();
        var rowNumber = 0;
        while (Next(reader))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            rowNumber = row.RowIndex?.Value is { } index ? checked((int)index) : rowNumber + 1;
            cells.Clear();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? CellReference.ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells.Add(XlsxCellText.Read(cell, shared));
            }

            if (cells.Exists(c => !string.IsNullOrEmpty(c)))
            {
                yield return new RawRow(rowNumber, cells.ToArray());
            }
        }
    }

    private OpenXmlReader OpenReader(WorksheetPart part)
    {
        try
        {
            return OpenXmlReader.Create(part);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw Corrupt(_path, ex.Message, ex);
        }
    }

    private bool Next(OpenXmlReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw Corrupt(_path, ex.Message, ex);
        }
    }

    private static string[] LoadSharedStrings(WorkbookPart workbookPart)
    {
        var table = workbookPart.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : table.Elements<SharedStringItem>().Select(item => item.InnerText).ToArray();
    }

    private static SourceFileException Corrupt(string path, string detail, Exception? inner) =>
        new(ReadIssueCodes.CorruptXlsx, path, $"{path}: not a readable XLSX workbook (truncated or corrupt): {detail}", inner: inner);
}
