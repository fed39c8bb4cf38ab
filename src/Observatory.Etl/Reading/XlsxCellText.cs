using DocumentFormat.OpenXml.Spreadsheet;

namespace Observatory.Etl.Reading;

/// <summary>The raw text of one spreadsheet cell, by cell type.</summary>
internal static class XlsxCellText
{
    public static string? Read(Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var index)
                   && index >= 0 && index < sharedStrings.Length
                ? sharedStrings[index]
                : null;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
    }
}
