using Observatory.Core.Reference;
using Observatory.Etl.Typing;

namespace Observatory.Etl.Validation;

/// <summary>Types a record then runs <see cref="SpecifiedRules"/> on it, for one file at a time.</summary>
public sealed class RowValidator
{
    private readonly CellTyper _typer;
    private readonly IReadOnlyList<IRowRule> _rules;
    private readonly RowRuleContext _context;

    public RowValidator(ColumnLayout layout, ReferenceCatalog reference)
        : this(layout, reference, withUniqueKeys: true)
    {
    }

    /// <summary>Without unique keys, for records whose duplicates were found elsewhere (the bulk pass).</summary>
    internal RowValidator(ColumnLayout layout, ReferenceCatalog reference, bool withUniqueKeys)
    {
        _typer = new CellTyper(layout);
        _context = new RowRuleContext(layout, reference);
        _rules = withUniqueKeys ? SpecifiedRules.Create() : [.. SpecifiedRules.Create().Where(r => r is not Rules.UniqueKeyRule)];
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
