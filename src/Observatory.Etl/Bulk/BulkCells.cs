using System.Globalization;
using Observatory.DuckDb;
using Observatory.Core.Values;
using Observatory.Etl.Contracts;
using Observatory.Etl.Loading;
using Observatory.Etl.Reading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Bulk;

/// <summary>
/// Loads a plain CSV (<see cref="CsvShapeCheck"/>) into <c>bulk_raw</c> with DuckDB's
/// <c>read_csv</c>, every cell as text in file order (row id + 2 = line), then types each
/// canonical column once per distinct text with <see cref="CellEvaluator"/> into a lookup table
/// <c>bulk_cell_&lt;i&gt;</c> (raw → value, status, error, issue). Columns not read from a cell
/// (constants, vintage, unmapped) have a single outcome.
/// </summary>
internal sealed class BulkCells
{
    public const string RawTable = "bulk_raw";

    private BulkCells(IReadOnlyList<ColumnCells> columns) => Columns = columns;

    public IReadOnlyList<ColumnCells> Columns { get; }

    public static string CellName(int cell) => "c" + cell.ToString(CultureInfo.InvariantCulture);

    public static string TableOf(int column) => "bulk_cell_" + column.ToString(CultureInfo.InvariantCulture);

    public static BulkCells Load(DuckDbConnection connection, string path, CsvDialect dialect, CsvShape shape,
        ColumnLayout layout, Jobs.RecordMapping mapping, CellEvaluator evaluator)
    {
        var names = Enumerable.Range(0, shape.Fields).Select(CellName).ToArray();
        connection.Execute(SqlScripts.Render("bulk_read_csv", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cells"] = string.Join(", ", names.Select(n => $"coalesce({n}, '') as {n}")),
            ["path"] = SqlScripts.Literal(path),
            ["delimiter"] = SqlScripts.Literal(dialect.Delimiter.ToString()),
            ["new_line"] = shape.NewLine,
            ["encoding"] = dialect.Encoding == TextEncoding.Utf8 ? "utf-8" : "latin-1",
            ["columns"] = "{" + string.Join(", ", names.Select(n => $"'{n}': 'varchar'")) + "}",
        }));

        var cells = mapping.CellIndexes();
        var columns = new List<ColumnCells>(layout.Count);
        for (var i = 0; i < layout.Count; i++)
        {
            columns.Add(cells[i] < 0 ? new ColumnCells(i, -1, evaluator.Evaluate(i, -1, string.Empty), [])
                : IsPlainText(layout, i) ? new ColumnCells(i, cells[i], null, [], PlainText: true)
                : LoadColumn(connection, layout, evaluator, i, cells[i]));
        }

        return new BulkCells(columns);
    }

    /// <summary>
    /// A free text column with no rule: its value is the cell, or NULL when blank (white space as
    /// <see cref="string.IsNullOrWhiteSpace"/> sees it), computed in SQL without a lookup.
    /// </summary>
    private static bool IsPlainText(ColumnLayout layout, int i)
    {
        var c = layout.Columns[i];
        return c.Type == ColumnType.Text && c.Nullable && c.Normalize.Count == 0 && c.Pattern is null && c.Allowed.Count == 0
            && c.Reference is null && !layout.IsMeasure[i];
    }

    private static ColumnCells LoadColumn(DuckDbConnection connection, ColumnLayout layout, CellEvaluator evaluator, int column, int cell)
    {
        var distinct = new List<(string Raw, long Count, CellOutcome Outcome)>();
        using (var result = connection.Query($"select {CellName(cell)}, count(*) from {RawTable} group by all"))
        {
            foreach (var row in result.Rows())
            {
                var raw = (string)row[0]!;
                distinct.Add((raw, Convert.ToInt64(row[1], CultureInfo.InvariantCulture), evaluator.Evaluate(column, cell, raw)));
            }
        }

        var measure = layout.IsMeasure[column];
        var type = layout.Columns[column].Type;
        var identity = distinct.TrueForAll(d => IsIdentity(d.Raw, d.Outcome, type, measure));
        var cells = distinct.Select(d => (d.Count, d.Outcome)).ToArray();
        if (identity)
        {
            return new ColumnCells(column, cell, null, cells, Identity: true);
        }

        var table = TableOf(column);
        connection.Execute($"create or replace table {table} (raw varchar, val {LakeTable.DuckDbType(layout.Columns[column].Type)}, " +
            "status varchar, err boolean, issue boolean)");
        using (var appender = connection.CreateAppender(null, table))
        {
            foreach (var (raw, _, outcome) in distinct)
            {
                appender.Append(raw).Append(outcome.Value).Append(measure ? outcome.Status?.ToCode() : null)
                    .Append(outcome.HasError).Append(outcome.HasIssue);
                appender.EndRow();
            }

            appender.Flush();
        }

        return new ColumnCells(column, cell, null, cells);
    }

    /// <summary>
    /// True when SQL gets the same outcome from the cell without a lookup: no issue, and the value
    /// is the cell text itself (text, code, period) or its canonical integer (a measure then has status ok).
    /// </summary>
    private static bool IsIdentity(string raw, CellOutcome outcome, ColumnType type, bool measure)
    {
        if (outcome.HasIssue || outcome.Status != (measure ? ValueStatus.Ok : null))
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
}

/// <summary>How one canonical column is filled: from cell <see cref="Cell"/> through its lookup table, or a single <see cref="Constant"/> outcome.</summary>
internal sealed record ColumnCells(
    int Column, int Cell, CellOutcome? Constant, IReadOnlyList<(long Count, CellOutcome Outcome)> Distinct, bool PlainText = false,
    bool Identity = false);
