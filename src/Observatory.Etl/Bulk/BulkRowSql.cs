using System.Globalization;
using System.Text;
using Observatory.Core.Values;
using Observatory.Etl.Contracts;
using Observatory.Etl.Loading;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Bulk;

/// <summary>
/// The SQL of the bulk pass, generated from the contract: the <c>bulk_rows</c> select list (typed
/// columns, statuses, line, cell error and issue flags) and one boolean flag per row rule
/// (<c>non_negative</c> and <c>when</c> per column, <c>check</c>), with the same semantics as
/// <see cref="Validation.Rules.NonNegativeCountRule"/>, <see cref="Validation.Rules.ConditionalPresenceRule"/> and
/// <see cref="Validation.Rules.CheckExpressionRule"/>.
/// </summary>
internal sealed class BulkRowSql
{
    /// <summary>RE2 class of the characters <see cref="char.IsWhiteSpace(char)"/> accepts, repeated: a blank cell.</summary>
    private const string WhiteSpace = @"[\t\n\x0B\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]*";

    /// <summary>The same characters as code points, to test the first character before running the regex.</summary>
    private const string WhiteSpaceCodes = "9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288";

    private readonly ColumnLayout _layout;
    private readonly string[] _values;
    private readonly string[] _statuses;
    private readonly List<RowFlag> _flags = [];
    private readonly Dictionary<string, string> _enumTypes = new(StringComparer.Ordinal);

    /// <summary>An ENUM dictionary this small is written to every Parquet file at no cost worth counting.</summary>
    private const int SmallDictionary = 256;

    public BulkRowSql(ColumnLayout layout, BulkCells cells, int fields, long rows)
    {
        _layout = layout;
        _values = new string[layout.Count];
        _statuses = new string[layout.Count];
        var select = new List<string>();
        var joins = new StringBuilder();
        var valueJoins = new StringBuilder();
        var dictionaries = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<string>();
        var issues = new List<string>();
        foreach (var column in cells.Columns)
        {
            var i = column.Column;
            var type = LakeTable.DuckDbType(layout.Columns[i].Type);
            if (column.Constant is { } constant)
            {
                _values[i] = $"cast({Literal(constant.Value)} as {type})";
                _statuses[i] = constant.Status is { } s && layout.IsMeasure[i] ? $"'{s.ToCode()}'" : "cast(null as varchar)";
                errors.Add(constant.HasError ? "true" : "false");
                issues.Add(constant.HasIssue ? "true" : "false");
            }
            else if (column.PlainText)
            {
                var cell = "r." + BulkCells.CellName(column.Cell);
                _values[i] = $"(case when {cell} = '' then null when ascii({cell}) in ({WhiteSpaceCodes}) and regexp_full_match({cell}, '{WhiteSpace}') then null else {cell} end)";
                _statuses[i] = "cast(null as varchar)";
            }
            else if (column.SameValues)
            {
                // An ENUM cell is kept as is (written to Parquet as its text); only a text cell holds integers here.
                var cell = "r." + BulkCells.CellName(column.Cell);
                _values[i] = layout.Columns[i].Type == ColumnType.Int ? $"cast({cell} as bigint)" : cell;
                if (column.Enum && layout.Columns[i].Type != ColumnType.Int)
                {
                    _enumTypes[layout.Columns[i].Name] = BulkCells.EnumOf(column.Cell);
                    dictionaries[layout.Columns[i].Name] = column.Distinct.Count;
                }

                _statuses[i] = layout.IsMeasure[i] ? $"'{ValueStatus.Ok.ToCode()}'" : "cast(null as varchar)";
            }

            if (column.Constant is null && !column.PlainText && !column.Identity)
            {
                var alias = "d" + i.ToString(CultureInfo.InvariantCulture);
                var on = column.Enum ? $"{alias}.code = enum_code(r.{BulkCells.CellName(column.Cell)})" : $"{alias}.raw = r.{BulkCells.CellName(column.Cell)}";
                var join = $"join {BulkCells.TableOf(i)} {alias} on {on}\n";
                joins.Append(join);
                if (!column.SameValues)
                {
                    valueJoins.Append(join);
                    _values[i] = alias + ".val";
                    _statuses[i] = alias + ".status";
                    if (column.ValueEnum is { } valueEnum)
                    {
                        _enumTypes[layout.Columns[i].Name] = valueEnum;
                        dictionaries[layout.Columns[i].Name] = column.Distinct.Select(d => d.Outcome.Value).OfType<object>().Distinct().Count();
                    }
                }

                errors.Add(alias + ".err");
                issues.Add(alias + ".issue");
            }

            select.Add($"{_values[i]} as {SqlScripts.Identifier(layout.Columns[i].Name)}");
            if (layout.IsMeasure[i])
            {
                select.Add($"{_statuses[i]} as {SqlScripts.Identifier(ColumnLayout.StatusColumn(layout.Columns[i].Name))}");
            }
        }

        AddRuleFlags();
        select.Add("r.rowid + 2 as source_line");
        select.Add($"({string.Join(" or ", errors.Concat(_flags.Where(f => f.IsError).Select(f => f.Sql)).DefaultIfEmpty("false"))}) as pre_error");
        select.Add($"({string.Join(" or ", issues.Concat(_flags.Select(f => f.Sql)).DefaultIfEmpty("false"))}) as has_issue");
        select.AddRange(_flags.Select(f => $"{f.Sql} as {f.Name}"));
        select.AddRange(Enumerable.Range(0, fields).Select(c => $"{cells.RawText(c)} as {RawCell(c)}"));
        SelectList = string.Join(",\n    ", select);
        Joins = joins.ToString();
        ValueJoins = valueJoins.ToString();
        var lakeValues = LakeValues(cells, rows, dictionaries);
        LakeSelect = string.Join(",\n    ", layout.Columns.SelectMany((c, i) => layout.IsMeasure[i]
            ? new[] { $"{lakeValues[i]} as {SqlScripts.Identifier(c.Name)}", $"{_statuses[i]} as {SqlScripts.Identifier(ColumnLayout.StatusColumn(c.Name))}" }
            : [$"{lakeValues[i]} as {SqlScripts.Identifier(c.Name)}"]));
    }

    /// <summary>
    /// The values as written to the lake. DuckDB writes an ENUM column to Parquet with its whole
    /// dictionary in every file: worth it (several times faster than text) while the dictionary is
    /// small beside a partition's rows; a large one (free text) is written as VARCHAR instead.
    /// </summary>
    private string[] LakeValues(BulkCells cells, long rows, Dictionary<string, int> dictionaries)
    {
        double partitions = 1;
        foreach (var name in _layout.Contract.Partitioning)
        {
            var column = cells.Columns[_layout.IndexOf(name)];
            partitions *= column.Constant is null ? Math.Max(1, column.Distinct.Count) : 1;
        }

        var rowsPerPartition = rows / partitions;
        var values = (string[])_values.Clone();
        foreach (var (name, size) in dictionaries)
        {
            if (size > SmallDictionary && size > rowsPerPartition / 4 && !_layout.Contract.Partitioning.Contains(name))
            {
                values[_layout.IndexOf(name)] = $"cast({_values[_layout.IndexOf(name)]} as varchar)";
                _enumTypes.Remove(name);
            }
        }

        return values;
    }

    /// <summary>The <c>bulk_rows</c> select list: typed columns, line, error and issue flags, rule flags, raw cell texts.</summary>
    public string SelectList { get; }

    /// <summary>Every lookup join of <c>bulk_rows</c> (values and flags).</summary>
    public string Joins { get; }

    /// <summary>The lookup joins the typed values need (a column whose values are its cells needs none).</summary>
    public string ValueJoins { get; }

    /// <summary>The <c>lake_rows</c> typed columns and statuses over <c>bulk_raw r</c> and <see cref="ValueJoins"/>.</summary>
    public string LakeSelect { get; }

    /// <summary>The name of cell <paramref name="cell"/>'s text in <c>bulk_rows</c>.</summary>
    public static string RawCell(int cell) => "raw_" + BulkCells.CellName(cell);

    /// <summary>
    /// The <c>lake_rows</c> columns that are ENUMs, with their type: a filter on such a column prunes
    /// <c>bulk_raw</c>'s row groups only when its literal is cast to the ENUM (else DuckDB casts the column).
    /// </summary>
    public IReadOnlyDictionary<string, string> EnumTypes => _enumTypes;

    /// <summary>One flag per non_negative column, per when rule column and per check rule, in rule order.</summary>
    public IReadOnlyList<RowFlag> Flags => _flags;

    private void AddRuleFlags()
    {
        var rules = _layout.Contract.Rules;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Kind == RuleKind.NonNegative)
            {
                foreach (var name in rule.Columns)
                {
                    var i = _layout.IndexOf(name);
                    var sql = _layout.Columns[i].Type is ColumnType.Int or ColumnType.Decimal ? $"coalesce({_values[i]} < 0, false)" : "false";
                    _flags.Add(new RowFlag($"nn_{r}_{i}", sql, EtlIssueCodes.NegativeCount, rule.Severity == RuleSeverity.Error));
                }
            }
            else if (rule.Kind == RuleKind.Presence && rule.When is { } when)
            {
                var condition = $"coalesce(cast({_values[_layout.IndexOf(when.Column)]} as varchar) in ({string.Join(", ", when.Values.Select(v => $"'{SqlScripts.Literal(v)}'"))}), false)";
                foreach (var name in rule.Columns)
                {
                    var i = _layout.IndexOf(name);
                    var sql = $"({condition} and {_values[i]} is {(rule.MustBeFilled ? string.Empty : "not ")}null)";
                    _flags.Add(new RowFlag($"pr_{r}_{i}", sql, EtlIssueCodes.InconsistentValues, rule.Severity == RuleSeverity.Error));
                }
            }
            else if (rule.Kind == RuleKind.Check && rule.Expression is { } expression)
            {
                var op = expression.Operator switch { "==" => "=", "!=" => "<>", var o => o };
                var sql = $"coalesce(not ({Sum(expression.Left)} {op} {Sum(expression.Right)}), false)";
                _flags.Add(new RowFlag($"ck_{r}", sql, EtlIssueCodes.ForCheck(rule.Id), rule.Severity == RuleSeverity.Error));
            }
        }
    }

    private string Sum(IReadOnlyList<RuleExpression.Term> terms)
    {
        var sb = new StringBuilder("(cast(0 as decimal(38,6))");
        foreach (var term in terms)
        {
            sb.Append(term.Negative ? " - " : " + ").Append('(').Append(string.Join(" * ", term.Factors.Select(Factor))).Append(')');
        }

        return sb.Append(')').ToString();
    }

    /// <summary>A usable operand as a decimal, else NULL (masked measure, text, or missing value), which skips the rule.</summary>
    private string Factor(RuleExpression.Factor factor)
    {
        if (factor.Column is null)
        {
            return $"cast('{factor.Number!.Value.ToString(CultureInfo.InvariantCulture)}' as decimal(38,6))";
        }

        var i = _layout.IndexOf(factor.Column);
        var value = _layout.Columns[i].Type switch
        {
            ColumnType.Int or ColumnType.Decimal => $"cast({_values[i]} as decimal(38,6))",
            ColumnType.Date => $"cast(datediff('day', date '0001-01-01', {_values[i]}) as decimal(38,6))",
            _ => "cast(null as decimal(38,6))",
        };
        return _layout.IsMeasure[i]
            ? $"(case when {_statuses[i]} is null or {_statuses[i]} in ('ok', 'rounded', 'imputed') then {value} end)"
            : value;
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => $"'{d.ToString(CultureInfo.InvariantCulture)}'",
        DateOnly date => $"date '{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'",
        var other => $"'{SqlScripts.Literal(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty)}'",
    };
}

/// <summary>A row rule evaluated in SQL: its column name in <c>bulk_rows</c>, expression, issue code and whether it rejects the row.</summary>
internal sealed record RowFlag(string Name, string Sql, string Code, bool IsError);
