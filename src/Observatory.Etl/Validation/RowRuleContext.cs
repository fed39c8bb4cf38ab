using Observatory.Core.Reference;
using Observatory.Core.Utility;

namespace Observatory.Etl.Validation;

/// <summary>What rules share while validating one file: the contract's layout, the reference lists and the keys seen so far.</summary>
public sealed class RowRuleContext(ColumnLayout layout, ReferenceCatalog reference)
{
    private readonly Dictionary<string, HashSet<string>> _seenKeys = new(StringComparer.Ordinal);

    public ColumnLayout Layout { get; } = Guard.NotNull(layout);

    public ReferenceCatalog Reference { get; } = Guard.NotNull(reference);

    /// <summary>The set of keys already accepted for one <c>unique</c> rule.</summary>
    public HashSet<string> SeenKeys(string ruleId)
    {
        if (!_seenKeys.TryGetValue(ruleId, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _seenKeys[ruleId] = set;
        }

        return set;
    }

    /// <summary>The header a column was read from, else its canonical name (for issue locations).</summary>
    public string DisplayColumn(TypedRecord record, int index) => record.Headers[index] ?? Layout.Columns[index].Name;
}
