using Observatory.Core.Reference;
using Observatory.Core.Values;
using Observatory.Etl.Jobs;
using Observatory.Etl.Typing;
using Observatory.Etl.Validation;
using Observatory.Etl.Validation.Rules;

namespace Observatory.Etl.Bulk;

/// <summary>
/// Types one raw cell text exactly as the row pipeline does (<see cref="CellTyper"/>, then the
/// cell-level rules: required, pattern, allowed values, reference lists), so that the bulk pass
/// runs this C# once per distinct text of a column instead of once per row.
/// </summary>
internal sealed class CellEvaluator(ColumnLayout layout, RecordMapping mapping, int fieldCount, ReferenceCatalog reference)
{
    private readonly CellTyper _typer = new(layout);
    private readonly RowRuleContext _context = new(layout, reference);
    private readonly IRowRule[] _rules = [new RequiredValueRule(), new PatternMatchRule(), new AllowedValueRule(), new KnownCodeRule()];

    /// <summary>The outcome of canonical column <paramref name="column"/> when its cell <paramref name="cell"/> holds <paramref name="raw"/> (cell -1: not read from a cell).</summary>
    public CellOutcome Evaluate(int column, int cell, string raw)
    {
        var cells = new string?[fieldCount];
        Array.Fill(cells, string.Empty);
        if (cell >= 0)
        {
            cells[cell] = raw;
        }

        var record = mapping.Single(0, cells);
        _typer.Type(record);
        foreach (var rule in _rules)
        {
            rule.Validate(record, _context);
        }

        var name = layout.Columns[column].Name;
        var issues = record.Issues.Where(i => i.Column == name).ToArray();
        return new CellOutcome(record.Values[column], record.Statuses[column], issues);
    }
}

/// <summary>A typed cell: value, measure status and the cell-level issues it raises.</summary>
internal sealed record CellOutcome(object? Value, ValueStatus? Status, IReadOnlyList<RowIssue> Issues)
{
    public bool HasError => Issues.Any(i => i.Severity == Contracts.RuleSeverity.Error);

    public bool HasIssue => Issues.Count > 0;
}
