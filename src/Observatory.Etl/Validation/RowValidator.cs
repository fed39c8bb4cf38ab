using Observatory.Core.Reference;
using Observatory.Etl.Typing;

namespace Observatory.Etl.Validation;

/// <summary>Types a record then runs <see cref="SpecifiedRules"/> on it, for one file at a time.</summary>
public sealed class RowValidator
{
    private readonly CellTyper _typer;
    private readonly IReadOnlyList<IRowRule> _rules = SpecifiedRules.Create();
    private readonly RowRuleContext _context;

    public RowValidator(ColumnLayout layout, ReferenceCatalog reference)
    {
        _typer = new CellTyper(layout);
        _context = new RowRuleContext(layout, reference);
    }

    public void Validate(TypedRecord record)
    {
        _typer.Type(record);
        foreach (var rule in _rules)
        {
            rule.Validate(record, _context);
        }
    }
}
