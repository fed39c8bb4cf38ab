namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// What the attacker assumes after checking its hypotheses on the shown data: the variables, which of them are one
/// quantity (links), the linear equations, the ratio relations, and the targets (hidden numbers of secret cells).
/// </summary>
internal sealed class AttackModel
{
    public VariableTable Table { get; } = new();

    /// <summary>Pairs of variables found to be the same quantity.</summary>
    public List<(int A, int B)> Links { get; } = [];

    public List<Equation> Equations { get; } = [];

    public List<RatioRelation> Relations { get; } = [];

    /// <summary>Hidden numbers of secret cells (variable ids).</summary>
    public HashSet<int> Targets { get; } = [];

    /// <summary>The cell of each secret row (<c>pub.indicator_values</c> and <c>pub.tension</c>), one entry per row.</summary>
    public List<int> SecretRows { get; } = [];

    /// <summary>Territory ids present in the published tables, and their parent (−1 for the root).</summary>
    public Dictionary<int, int> TerritoryParent { get; } = [];

    /// <summary>Columns that exist per indicator (fields shown at least once).</summary>
    public Dictionary<string, List<int>> IndicatorColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>Columns whose additivity along métier groups was kept, or refuted by a shown family.</summary>
    public HashSet<int> MetierAdditive { get; } = [];

    public HashSet<int> MetierNotAdditive { get; } = [];

    /// <summary>Hypotheses checked on the data, kept or rejected.</summary>
    public List<string> Hypotheses { get; } = [];

    public void Keep(string hypothesis) => Hypotheses.Add("kept: " + hypothesis);

    public void Reject(string hypothesis) => Hypotheses.Add("rejected: " + hypothesis);
}
