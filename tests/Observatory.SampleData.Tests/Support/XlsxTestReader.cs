using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatory.SampleData.Tests.Support;

/// <summary>A cell as read back: its text and whether it was stored as a number.</summary>
public readonly record struct ReadCell(string Text, bool IsNumber);

/// <summary>Reads generated workbooks back with DocumentFormat.OpenXml (independently of the generator's writer).</summary>
public static class XlsxTestReader
{
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>Rows of a sheet (index 0 = row 1), cells placed by their reference column.</summary>
    public static List<ReadCell[]> ReadSheet(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<ReadCell[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!)) + 1;
            var values = Enumerable.Repeat(new ReadCell(string.Empty, false), width).ToArray();
            foreach (var cell in cells)
            {
                var raw = cell.CellValue?.Text ?? cell.InnerText;
                var isShared = cell.DataType?.Value == CellValues.SharedString;
                var isInline = cell.DataType?.Value == CellValues.InlineString;
                var text = isShared ? strings[int.Parse(raw, CultureInfo.InvariantCulture)] : raw;
                values[ColumnIndex(cell.CellReference!)] = new ReadCell(text, !isShared && !isInline && cell.DataType is null);
            }

            rows.Add(values);
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
