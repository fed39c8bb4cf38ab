namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>A column: one field of one indicator (or of the tension table).</summary>
internal readonly record struct Column(string Indicator, string Field)
{
    public override string ToString() => $"{Indicator}.{Field}";

    /// <summary>Indexes and z-scores can be negative; every other published number is a count, an operand or a rate.</summary>
    public bool IsNonNegative => Field is not ("index" or "z_score");
}

/// <summary>A cell: métier × territory × period (interned ids).</summary>
internal readonly record struct Cell(int Metier, int Territory, int Period);

/// <summary>
/// Every number the attacker reasons about, published or latent, as one id per column × cell, with what is
/// shown of it (NaN when hidden or latent). Strings are interned so that variables are cheap.
/// </summary>
internal sealed class VariableTable
{
    private readonly Dictionary<string, int> _metierIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Level, string Code), int> _territoryIds = new();
    private readonly Dictionary<string, int> _periodIds = new(StringComparer.Ordinal);
    private readonly Dictionary<Column, int> _columnIds = new();
    private readonly Dictionary<Cell, int> _cellIds = new();
    private readonly Dictionary<long, int> _variableIds = new();

    public List<string> Metiers { get; } = [];
    public List<(string Level, string Code)> Territories { get; } = [];
    public List<string> Periods { get; } = [];
    public List<Column> Columns { get; } = [];
    public List<Cell> Cells { get; } = [];

    /// <summary>Per variable: its column id, its cell id and its shown value (NaN: not shown).</summary>
    public List<int> ColumnOf { get; } = [];
    public List<int> CellOf { get; } = [];
    public List<double> Shown { get; } = [];

    public int Count => ColumnOf.Count;

    public int MetierId(string metier) => Intern(_metierIds, Metiers, metier);
    public int TerritoryId(string level, string code) => Intern(_territoryIds, Territories, (level, code));
    public int PeriodId(string period) => Intern(_periodIds, Periods, period);
    public int ColumnId(Column column) => Intern(_columnIds, Columns, column);
    public int CellId(Cell cell) => Intern(_cellIds, Cells, cell);

    public bool TryMetierId(string metier, out int id) => _metierIds.TryGetValue(metier, out id);
    public bool TryTerritoryId(string level, string code, out int id) => _territoryIds.TryGetValue((level, code), out id);
    public bool TryColumnId(Column column, out int id) => _columnIds.TryGetValue(column, out id);
    public bool TryPeriodId(string period, out int id) => _periodIds.TryGetValue(period, out id);

    /// <summary>The variable of column × cell if it exists (−1 otherwise).</summary>
    public int Find(int column, Cell cell) =>
        _cellIds.TryGetValue(cell, out var id) && TryGet(column, id, out var variable) ? variable : -1;

    public int GetOrAdd(int column, int cell)
    {
        var key = Key(column, cell);
        if (_variableIds.TryGetValue(key, out var id))
        {
            return id;
        }

        id = ColumnOf.Count;
        _variableIds.Add(key, id);
        ColumnOf.Add(column);
        CellOf.Add(cell);
        Shown.Add(double.NaN);
        return id;
    }

    public bool TryGet(int column, int cell, out int variable) => _variableIds.TryGetValue(Key(column, cell), out variable);

    /// <summary>The shown value of column × cell, or NaN when the variable is absent or hidden.</summary>
    public double ShownValue(int column, int cell) =>
        TryGet(column, cell, out var variable) ? Shown[variable] : double.NaN;

    public string Describe(int variable) => $"{Columns[ColumnOf[variable]]} {DescribeCell(CellOf[variable])}";

    public string DescribeCell(int cellId)
    {
        var cell = Cells[cellId];
        var (level, code) = Territories[cell.Territory];
        return $"{Metiers[cell.Metier]} {level} {code} {Periods[cell.Period]}";
    }

    private static long Key(int column, int cell) => ((long)column << 32) | (uint)cell;

    private static int Intern<T>(Dictionary<T, int> ids, List<T> values, T value) where T : notnull
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids.Add(value, id);
            values.Add(value);
        }

        return id;
    }
}
