namespace Observatory.Warehouse.Indicators;

/// <summary>
/// The <c>disclosure:</c> section of the catalogue: the primary rules' thresholds (etl/README « Disclosure control »),
/// read by <c>int_disclosure_quantity_cells</c> from <c>ref_disclosure_parameters</c>.
/// </summary>
public sealed class DisclosureThresholdsSpec
{
    /// <summary>Rule <c>establishments</c>: a cell from fewer establishments is hidden (frequency).</summary>
    public int MinEstablishments { get; set; } = 3;

    /// <summary>Rule <c>establishments</c>: one establishment above this share of the numerator hides it (dominance).</summary>
    public double MaxUnitShare { get; set; } = 0.85;

    /// <summary>Rules <c>persons</c> and <c>ratio</c>: a count (or a ratio's operand) of fewer persons is hidden.</summary>
    public int MinPersons { get; set; } = 5;
}
