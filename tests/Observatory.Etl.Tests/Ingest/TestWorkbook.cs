using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>Writes a small workbook for a test: one sheet per entry, cells as inline strings, or numbers when they parse.</summary>
internal static class TestWorkbook
{
    public static void Write(string path, params (string Name, string?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } text)
                    {
                        row.Append(Cell($"{(char)('A' + c)}{r + 1}", text));
                    }
                }

                data.Append(row);
            }

            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
        }
    }

    private static Cell Cell(string reference, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? new Cell { CellReference = reference, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
