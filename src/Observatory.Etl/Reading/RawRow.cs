namespace Observatory.Etl.Reading;

/// <summary>
/// One record as read from a publisher's file, before typing: its 1-based position (the physical
/// line where a CSV record starts, or the spreadsheet row number) and its cells as raw text.
/// </summary>
public sealed record RawRow(int Line, IReadOnlyList<string?> Cells)
{
    /// <summary>The workbook sheet the row was read from, when the file's records span several sheets; null otherwise.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell at <paramref name="index"/>, or <c>null</c> when the row is shorter.</summary>
    public string? this[int index] => index < Cells.Count ? Cells[index] : null;
}
