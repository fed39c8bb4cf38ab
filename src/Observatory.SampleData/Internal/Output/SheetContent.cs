namespace Observatory.SampleData.Internal.Output;

/// <summary>A worksheet to write: its name and its rows (row 1 is the first element).</summary>
internal sealed class SheetContent
{
    public SheetContent(string name) => Name = name;

    public string Name { get; }

    public List<SheetCell[]> Rows { get; } = [];

    /// <summary>Appends a row and returns its 1-based row number.</summary>
    public int Add(params SheetCell[] cells)
    {
        Rows.Add(cells);
        return Rows.Count;
    }
}
