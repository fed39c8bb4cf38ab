namespace Observatory.Warehouse.Disclosure.Audit;

/// <summary>
/// A hidden published number the attacker determines exactly. <see cref="Field"/> is <c>value</c>,
/// <c>numerator</c>, <c>denominator</c>, <c>unit_count</c> (a <c>pub.indicator_values</c> row), <c>index</c> (the
/// <c>pub.tension</c> index, <see cref="Indicator"/> <c>tension_index</c>), or <c>component_value</c> /
/// <c>z_score</c> (a <c>pub.tension</c> component, <see cref="Indicator"/> the component's indicator).
/// </summary>
public sealed record RecoveredCell(
    string Indicator,
    string Metier,
    string TerritoryLevel,
    string Territory,
    string Period,
    string Field,
    double Value,
    string How)
{
    /// <summary>The rule of the derivation's last step.</summary>
    public DisclosureLeakKind Kind { get; init; }

    /// <summary>
    /// Every rule used along the derivation, <see cref="Kind"/> included (a linked quantity counts when a number shown
    /// under one column and hidden under another feeds the derivation).
    /// </summary>
    public IReadOnlyList<DisclosureLeakKind> Rules { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Indicator}.{Field} {Metier} {TerritoryLevel} {Territory} {Period} = {Value:R} ({Kind}: {How})");
}
