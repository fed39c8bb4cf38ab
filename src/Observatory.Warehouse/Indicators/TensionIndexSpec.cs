namespace Observatory.Warehouse.Indicators;

/// <summary>The <c>tension_index:</c> section of the catalogue: reference period, components and weights, levels, volume thresholds.</summary>
public sealed class TensionIndexSpec
{
    /// <summary>First and last year whose métiers of France form the reference panel (DARES: every FAP × 2014–2018).</summary>
    public List<int> ReferencePeriod { get; set; } = [];

    public int ReferenceFirstYear => ReferencePeriod.ElementAtOrDefault(0);

    public int ReferenceLastYear => ReferencePeriod.ElementAtOrDefault(1);

    /// <summary>Four increasing shares: the levels 1|2|3|4|5 are cut at these quantiles of the reference panel's distribution.</summary>
    public List<double> LevelQuantiles { get; set; } = [];

    /// <summary>French labels of levels 1 to 5.</summary>
    public List<string> LevelLabelsFr { get; set; } = [];

    /// <summary>Minimum offers, projects and job seekers of a cell (Data Emploi: 30).</summary>
    public int MinVolume { get; set; } = 30;

    public List<TensionComponentSpec> Components { get; set; } = [];
}

/// <summary>An indicator standardised into the index (<c>principal</c>, with a weight) or shown beside it (<c>complementary</c>).</summary>
public sealed class TensionComponentSpec
{
    public string Indicator { get; set; } = string.Empty;

    public string Role { get; set; } = "principal";

    public double Weight { get; set; }
}
