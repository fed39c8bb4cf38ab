namespace Observatory.Warehouse.Indicators;

/// <summary>The <c>tension_index:</c> section of the catalogue: reference year, components and weights, levels, volume thresholds.</summary>
public sealed class TensionIndexSpec
{
    /// <summary>The year whose métiers × territories form the reference distribution stored with the edition.</summary>
    public int ReferenceYear { get; set; }

    /// <summary>Four increasing z-score cut points separating levels 1|2|3|4|5.</summary>
    public List<double> LevelThresholds { get; set; } = [];

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
