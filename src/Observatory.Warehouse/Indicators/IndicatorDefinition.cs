namespace Observatory.Warehouse.Indicators;

/// <summary>One entry of <c>schemas/indicators.yaml</c> (INDICATORS.md).</summary>
public sealed class IndicatorDefinition
{
    public string Code { get; set; } = string.Empty;

    /// <summary>demand, tension, training, workforce, quality_of_work_life, platform.</summary>
    public string Family { get; set; } = string.Empty;

    public string LabelFr { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public string Definition { get; set; } = string.Empty;

    /// <summary>The formula over the named measures, e.g. <c>xmet / met</c>.</summary>
    public string Formula { get; set; } = string.Empty;

    /// <summary>Named measures of the formula → where each comes from.</summary>
    public Dictionary<string, string> Measures { get; set; } = [];

    public string Unit { get; set; } = string.Empty;

    /// <summary><c>up</c> (higher = more tension), <c>down</c> (lower = more tension) or <c>none</c>.</summary>
    public string Direction { get; set; } = "none";

    public string Grain { get; set; } = string.Empty;

    /// <summary>
    /// The period convention, in French: what period N means for this indicator (BMO millésime N = projects for N,
    /// stocks as annual averages, school year N–N+1 published as N…).
    /// </summary>
    public string Period { get; set; } = string.Empty;

    public List<string> Sources { get; set; } = [];

    /// <summary>The disclosure rule: <c>source_masks</c>, <c>establishments</c>, <c>persons</c> or <c>ratio</c>.</summary>
    public string Disclosure { get; set; } = string.Empty;

    /// <summary>
    /// The additive quantities behind the published numbers (<c>source.measure</c>; <c>@all</c> = the total over
    /// métiers): disclosure control decides per quantity cell, so a count hidden in one indicator is hidden in
    /// every indicator that publishes it as a value, a numerator or a denominator.
    /// </summary>
    public IndicatorQuantities? Quantities { get; set; }

    public string Caveats { get; set; } = string.Empty;

    public string Methodology { get; set; } = string.Empty;

    /// <summary><c>computed</c> (the marts produce it) or <c>planned</c> (with <see cref="PlannedReason"/>).</summary>
    public string Status { get; set; } = "computed";

    public string? PlannedReason { get; set; }
}
