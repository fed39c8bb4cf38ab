using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Tests.Reading;

public sealed class XlsxWorkbookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("obs-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ReadSheet_MixedCells_ReturnsRawTextAlignedByColumn()
    {
        var path = Path.Combine(_dir, "bmo.xlsx");
        WriteWorkbook(path);

        using var workbook = XlsxWorkbook.Open(path);

        Assert.Equal(["Description_des_variables", "BMO_2025_open_data"], workbook.SheetNames);
        var rows = workbook.ReadSheet("BMO_2025_open_data").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["annee", "Dept", "met", "xmet"], rows[0].Cells);
        Assert.Equal(["2025", "1", "120", "*"], rows[1].Cells);
        Assert.Equal(4, rows[2].Line);
        Assert.Equal([null, "40", null, "0.85"], rows[2].Cells);
    }

    [Fact]
    public void Open_TruncatedFile_ThrowsCorruptXlsx()
    {
        var path = Path.Combine(_dir, "ok.xlsx");
        WriteWorkbook(path);
        var truncated = Path.Combine(_dir, "truncated.xlsx");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(truncated, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var ex = Assert.Throws<SourceFileException>(() =>
        {
            using var workbook = XlsxWorkbook.Open(truncated);
            _ = workbook.ReadSheet("BMO_2025_open_data").ToList();
        });

        Assert.Equal(ReadIssueCodes.CorruptXlsx, ex.Code);
        Assert.Contains("truncated.xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSheet_UnknownSheet_ThrowsMissingSheet()
    {
        var path = Path.Combine(_dir, "bmo.xlsx");
        WriteWorkbook(path);
        using var workbook = XlsxWorkbook.Open(path);

        var ex = Assert.Throws<SourceFileException>(() => workbook.ReadSheet("Feuil1").ToList());

        Assert.Equal(ReadIssueCodes.MissingSheet, ex.Code);
    }

    private static void WriteWorkbook(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var shared = workbookPart.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(
            new SharedStringItem(new Text("annee")),
            new SharedStringItem(new Text("Dept")),
            new SharedStringItem(new Text("met")),
            new SharedStringItem(new Text("xmet")));

        AddSheet(workbookPart, "Description_des_variables", 1, new SheetData(new Row(InlineCell("A1", "variable")) { RowIndex = 1 }));
        var data = new SheetData(
            new Row(SharedCell("A1", 0), SharedCell("B1", 1), SharedCell("C1", 2), SharedCell("D1", 3)) { RowIndex = 1 },
            new Row(NumberCell("A2", "2025"), NumberCell("B2", "1"), NumberCell("C2", "120"), InlineCell("D2", "*")) { RowIndex = 2 },
            new Row(new Cell { CellReference = "A3" }) { RowIndex = 3 },
            new Row(NumberCell("B4", "40"), NumberCell("D4", "0.85")) { RowIndex = 4 });
        AddSheet(workbookPart, "BMO_2025_open_data", 2, data);
    }

    private static void AddSheet(WorkbookPart workbookPart, string name, uint id, SheetData data)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell SharedCell(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell NumberCell(string reference, string value) =>
        new() { CellReference = reference, CellValue = new CellValue(value) };

    private static Cell InlineCell(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
