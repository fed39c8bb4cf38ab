namespace Observatory.SampleData.Internal.Output;

internal enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>One spreadsheet cell: a shared string, a numeric cell, an Excel date, or nothing.</summary>
internal readonly record struct SheetCell(SheetCellKind Kind, string? Text, double Number)
{
    public static SheetCell Empty => new(SheetCellKind.Empty, null, 0);

    public static SheetCell Of(string text) => new(SheetCellKind.Text, text, 0);

    public static SheetCell Of(double number) => new(SheetCellKind.Number, null, number);

    /// <summary>A date stored as an Excel serial number with a date format (1900 date system).</summary>
    public static SheetCell Of(DateOnly date) =>
        new(SheetCellKind.Date, null, date.DayNumber - new DateOnly(1899, 12, 30).DayNumber);

    public static implicit operator SheetCell(string text) => Of(text);

    public static implicit operator SheetCell(int number) => Of(number);

    public static implicit operator SheetCell(double number) => Of(number);
}
