namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>The rule that determined a recovered cell (the last step of its derivation).</summary>
public enum DisclosureLeakKind
{
    /// <summary>The same quantity is published in another column of the same cell (or the same total).</summary>
    LinkedQuantity,

    /// <summary>Parent territory minus its known children, or the sum of the children.</summary>
    TerritoryDifferencing,

    /// <summary>Métier group minus its known member métiers, or their sum.</summary>
    MetierGroupDifferencing,

    /// <summary>A total published beside a distribution (constant across métiers) minus the known shares.</summary>
    LinkedTotal,

    /// <summary>A ratio's value with one operand known, or both operands known.</summary>
    Ratio,

    /// <summary>A value-only indicator's published formula over other published quantities.</summary>
    Formula,

    /// <summary>The tension index formula or a component's z-score.</summary>
    Composite,

    /// <summary>Non-negative parts of a sum whose known side is 0 are all 0.</summary>
    NonNegativity,

    /// <summary>Gaussian elimination over several equations (no single equation isolates the cell).</summary>
    LinearCombination,

    /// <summary>Known to the analyst (their own department's true values); never reported as a leak.</summary>
    AnalystKnowledge,
}
