using System.Globalization;
using Observatory.DuckDb;
using Observatory.Core.Values;
using Observatory.Etl.Contracts;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Bulk;

/// <summary>
/// Reads a plain CSV (<see cref="CsvShapeCheck"/>) twice with DuckDB's <c>read_csv</c>: once for
/// the distinct texts of every cell (<c>bulk_distinct</c>), once into <c>bulk_raw</c>, every cell
/// in file order (row id + 2 = line) as its ENUM when it has few distinct texts, else as text.
/// Each canonical column is then typed once per distinct text with <see cref="CellEvaluator"/>;
/// when the typed value is not the text itself, the outcomes go to a lookup table
/// <c>bulk_cell_&lt;i&gt;</c> (enum code or raw text → value, status, error, issue). Columns not
/// read from a cell (constants, vintage, unmapped) have a single outcome.
/// </summary>
internal sealed partial class BulkCells
{
    public const string RawTable = "bulk_raw";

    /// <summary>Per cell, its only text when every record holds the same one (then not stored in <c>bulk_raw</c>).</summary>
    private readonly string?[] _singleTexts;

    private BulkCells(IReadOnlyList<ColumnCells> columns, ScannedCells? scanned, string?[] singleTexts)
    {
        Columns = columns;
        Scanned = scanned;
        _singleTexts = singleTexts;
    }

    public IReadOnlyList<ColumnCells> Columns { get; }

    /// <summary>The C# scan of the file (every cell's code per record), or null when DuckDB read it alone.</summary>
    public ScannedCells? Scanned { get; }

    public static string CellName(int cell) => "c" + cell.ToString(CultureInfo.InvariantCulture);

    public static string TableOf(int column) => "bulk_cell_" + column.ToString(CultureInfo.InvariantCulture);

    public static string EnumOf(int cell) => "bulk_enum_" + cell.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of cell <paramref name="cell"/> of a <c>bulk_raw</c> record aliased <c>r</c>, as VARCHAR whatever its storage.</summary>
    public string RawText(int cell) => _singleTexts[cell] is { } text
        ? $"cast('{SqlScripts.Literal(text)}' as varchar)"
        : $"cast(r.{CellName(cell)} as varchar)";

    /// <summary>
    /// Fills <c>bulk_raw</c> from <paramref name="scanned"/>, the C# scan of the file
    /// (<see cref="CsvCellScanner"/>), or with DuckDB alone when it is null (a cell had too many
    /// texts), then types every column.
    /// </summary>
    public static BulkCells Load(DuckDbConnection connection, string path, CsvDialect dialect, CsvShape shape, ScannedCells? scanned,
        ColumnLayout layout, Jobs.RecordMapping mapping, CellEvaluator evaluator, int maxDistinct)
    {
        var names = Enumerable.Range(0, shape.Fields).Select(CellName).ToArray();
        var singleTexts = new string?[names.Length];
        var (isEnum, distinct) = scanned is null
            ? LoadWithSql(connection, path, dialect, shape, names, maxDistinct)
            : LoadScanned(connection, scanned, names, singleTexts);

        var cells = mapping.CellIndexes();
        var columns = new List<ColumnCells>(layout.Count);
        for (var i = 0; i < layout.Count; i++)
        {
            var cell = cells[i];
            columns.Add(cell < 0 ? new ColumnCells(i, -1, evaluator.Evaluate(i, -1, string.Empty), [])
                : singleTexts[cell] is { } text ? new ColumnCells(i, cell, evaluator.Evaluate(i, cell, text), [])
                : !isEnum[cell] && IsPlainText(layout, i) ? new ColumnCells(i, cell, null, [], PlainText: true)
                : LoadColumn(connection, layout, evaluator, i, cell, isEnum[cell], distinct[cell]));
        }

        return new BulkCells(columns, scanned, singleTexts);
    }

    /// <summary>
    /// A free text column with no rule: its value is the cell, or NULL when blank (white space as
    /// <see cref="string.IsNullOrWhiteSpace"/> sees it).
    /// </summary>
    private static bool IsPlainText(ColumnLayout layout, int i)
    {
        var c = layout.Columns[i];
        return c.Type == ColumnType.Text && c.Nullable && c.Normalize.Count == 0 && c.Pattern is null && c.Allowed.Count == 0
            && c.Reference is null && !layout.IsMeasure[i];
    }

    private static ColumnCells LoadColumn(DuckDbConnection connection, ColumnLayout layout, CellEvaluator evaluator, int column, int cell,
        bool isEnum, List<DistinctText> distinct)
    {
        var plain = IsPlainText(layout, column);
        var outcomes = distinct.Select(d => plain
            ? new CellOutcome(string.IsNullOrWhiteSpace(d.Raw) ? null : d.Raw, null, [])
            : evaluator.Evaluate(column, cell, d.Raw)).ToArray();
        var measure = layout.IsMeasure[column];
        var type = layout.Columns[column].Type;
        var cells = distinct.Select((d, k) => (d.Count, outcomes[k])).ToArray();
        // An integer read from an ENUM cell goes through its lookup anyway: the join on the code is
        // cheaper than parsing the text of every row.
        var sameValues = !(isEnum && type == ColumnType.Int) && distinct.Select((d, k) => IsSameValue(d.Raw, outcomes[k], type, measure)).All(x => x);
        if (sameValues && outcomes.All(o => !o.HasIssue))
        {
            return new ColumnCells(column, cell, null, cells, Identity: true, Enum: isEnum, SameValues: true);
        }

        var table = TableOf(column);
        var staging = table + "_in";
        var key = isEnum ? "code" : "raw";
        var valType = LakeTable.DuckDbType(type);
        connection.Execute($"create or replace table {staging} ({key} {(isEnum ? "bigint" : "varchar")}, val {valType}, status varchar, err boolean, issue boolean)");
        using (var appender = connection.CreateAppender(null, staging))
        {
            for (var k = 0; k < distinct.Count; k++)
            {
                var outcome = outcomes[k];
                (isEnum ? appender.Append(distinct[k].Code) : appender.Append(distinct[k].Raw))
                    .Append(outcome.Value).Append(measure ? outcome.Status?.ToCode() : null)
                    .Append(outcome.HasError).Append(outcome.HasIssue);
                appender.EndRow();
            }

            appender.Flush();
        }

        var textValues = valType == "varchar" && outcomes.Any(o => o.Value is not null);
        var statuses = measure && outcomes.Any(o => o.Status is not null);
        if (textValues)
        {
            CreateEnum(connection, table + "_val", staging, "val");
        }

        if (statuses)
        {
            CreateEnum(connection, table + "_status", staging, "status");
        }

        connection.Execute(SqlScripts.Render("bulk_lookup", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["table"] = table,
            ["key"] = key,
            ["val_type"] = textValues ? table + "_val" : valType,
            ["status_type"] = statuses ? table + "_status" : "varchar",
            ["staging"] = staging,
        }));
        connection.Execute("drop table " + staging);
        return new ColumnCells(column, cell, null, cells, Enum: isEnum, SameValues: sameValues, ValueEnum: textValues ? table + "_val" : null);
    }

    private static void CreateEnum(DuckDbConnection connection, string type, string table, string column) =>
        connection.Execute(SqlScripts.Render("bulk_enum", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["type"] = type,
            ["table"] = table,
            ["column"] = column,
        }));

    /// <summary>
    /// True when SQL gets the same value from the cell without a lookup: the value is the cell text
    /// itself (text, code, period) or its canonical integer, and a measure has status ok. The cell
    /// may still raise issues (then the lookup is needed for them, not for the value).
    /// </summary>
    private static bool IsSameValue(string raw, CellOutcome outcome, ColumnType type, bool measure)
    {
        if (outcome.Status != (measure ? ValueStatus.Ok : null))
        {
            return false;
        }

        return outcome.Value switch
        {
            string s => type is ColumnType.Text or ColumnType.Code or ColumnType.Period && s == raw,
            long l => type == ColumnType.Int && l.ToString(CultureInfo.InvariantCulture) == raw,
            _ => false,
        };
    }

    /// <summary>One distinct text of a cell: how many rows hold it and its ENUM code (-1 for a text cell).</summary>
    private sealed record DistinctText(string Raw, long Count, long Code);
}

/// <summary>
/// How one canonical column is filled: from cell <see cref="Cell"/> (stored as an ENUM when
/// <see cref="Enum"/>) through its lookup table, or a single <see cref="Constant"/> outcome.
/// <see cref="SameValues"/>: the cell is the value (for the flags, a lookup only when some texts raise issues);
/// <see cref="Identity"/>: the same, and no text raises an issue (no lookup at all);
/// <see cref="ValueEnum"/>: the ENUM type of the lookup's text values.
/// </summary>
internal sealed record ColumnCells(
    int Column, int Cell, CellOutcome? Constant, IReadOnlyList<(long Count, CellOutcome Outcome)> Distinct, bool PlainText = false,
    bool Identity = false, bool Enum = false, bool SameValues = false, string? ValueEnum = null);
