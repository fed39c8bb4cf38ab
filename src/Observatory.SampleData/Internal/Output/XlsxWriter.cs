using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatory.SampleData.Internal.Output;

/// <summary>
/// Writes a workbook whose parts are built with the DocumentFormat.OpenXml DOM (shared strings, numeric cells, dates
/// with a date format) and packaged by <see cref="XlsxPackage"/> with fixed relationship ids, document properties and
/// zip entry times, so that the same content always gives the same bytes.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>Document timestamps: constant so that two generations give the same bytes.</summary>
    public static readonly DateTime FixedTimestamp = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const uint DateStyleIndex = 1;

    public static byte[] Write(IReadOnlyList<SheetContent> sheets, string creator)
    {
        var strings = new SharedStrings();
        var sheetList = new Sheets();
        var parts = new List<(string Name, string Xml)>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            parts.Add(($"xl/worksheets/sheet{number}.xml", BuildWorksheet(sheets[i], strings).OuterXml));
            sheetList.Append(new Sheet { Id = "rId" + number, SheetId = (uint)(i + 1), Name = sheets[i].Name });
        }

        var workbook = new Workbook(sheetList);
        workbook.AddNamespaceDeclaration("r", XlsxPackage.RelationshipsNamespace);
        parts.Insert(0, ("xl/workbook.xml", workbook.OuterXml));
        parts.Add(("xl/styles.xml", BuildStylesheet().OuterXml));
        parts.Add(("xl/sharedStrings.xml", strings.ToTable().OuterXml));
        return XlsxPackage.Zip(parts, sheets.Count, creator, FixedTimestamp);
    }

    private static Worksheet BuildWorksheet(SheetContent sheet, SharedStrings strings)
    {
        var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowNumber = (uint)(r + 1);
            var row = new Row { RowIndex = rowNumber };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = BuildCell(cells[c], ColumnName(c) + rowNumber.ToString(CultureInfo.InvariantCulture), strings);
                if (cell is not null)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        return new Worksheet(data);
    }

    private static Cell? BuildCell(SheetCell value, string reference, SharedStrings strings) => value.Kind switch
    {
        SheetCellKind.Text => new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.IndexOf(value.Text!).ToString(CultureInfo.InvariantCulture)),
        },
        SheetCellKind.Number => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(value.Number.ToString("R", CultureInfo.InvariantCulture)),
        },
        SheetCellKind.Date => new Cell
        {
            CellReference = reference,
            StyleIndex = DateStyleIndex,
            CellValue = new CellValue(value.Number.ToString("R", CultureInfo.InvariantCulture)),
        },
        _ => null,
    };

    /// <summary>0-based column index to Excel letters (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        var n = index + 1;
        while (n > 0)
        {
            var rest = (n - 1) % 26;
            name = (char)('A' + rest) + name;
            n = (n - 1) / 26;
        }

        return name;
    }

    private static Stylesheet BuildStylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 2 });

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _values = [];

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var position))
            {
                position = _values.Count;
                _values.Add(text);
                _index.Add(text, position);
            }

            return position;
        }

        public SharedStringTable ToTable()
        {
            var table = new SharedStringTable { Count = (uint)_values.Count, UniqueCount = (uint)_values.Count };
            foreach (var value in _values)
            {
                var text = new Text(value);
                if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
                {
                    text.Space = SpaceProcessingModeValues.Preserve;
                }

                table.Append(new SharedStringItem(text));
            }

            return table;
        }
    }
}
