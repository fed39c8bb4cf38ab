using Observatory.Core.Utility;
using Observatory.Etl.Contracts;

namespace Observatory.Etl.Validation;

/// <summary>
/// The canonical columns of a contract by position, with which of them are measures: numeric
/// columns that are neither derived nor part of the key or the partitioning. Measures carry a
/// <c>&lt;column&gt;_status</c> beside their value and take the contract's masks.
/// </summary>
public sealed class ColumnLayout
{
    private readonly Dictionary<string, int> _indexByName;

    public ColumnLayout(SourceContract contract)
    {
        Contract = Guard.NotNull(contract);
        Columns = contract.Columns;
        _indexByName = Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var structural = new HashSet<string>(contract.Key.Concat(contract.Partitioning), StringComparer.Ordinal);
        IsMeasure = [.. Columns.Select(c => c.Type is ColumnType.Int or ColumnType.Decimal
            && c.Derive == ColumnDerivation.None && !structural.Contains(c.Name))];
    }

    public SourceContract Contract { get; }

    public IReadOnlyList<ContractColumn> Columns { get; }

    /// <summary>Per column: whether it is a measure with a status.</summary>
    public IReadOnlyList<bool> IsMeasure { get; }

    public int Count => Columns.Count;

    public int IndexOf(string column) =>
        _indexByName.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"Contract '{Contract.Id}' has no column '{column}'.");

    /// <summary>The suffix of a measure's status column.</summary>
    public static string StatusColumn(string column) => column + "_status";
}
