namespace Observatory.Warehouse.Indicators;

/// <summary>
/// The <c>imputation:</c> section of the catalogue: how a cell the publisher masked enters a total. BMO masks small
/// bassin cells with <c>*</c> without publishing its threshold: a masked cell lies between the declared bounds and is
/// imputed at their middle (capped by the bassin's projects for difficult and seasonal projects).
/// </summary>
public sealed class ImputationSpec
{
    /// <summary>The smallest value a masked BMO cell can hold (a zero is published as 0, not masked).</summary>
    public int BmoMaskLower { get; set; } = 1;

    /// <summary>The largest value a masked BMO cell can hold (the masking threshold, assumed).</summary>
    public int BmoMaskUpper { get; set; } = 3;
}
