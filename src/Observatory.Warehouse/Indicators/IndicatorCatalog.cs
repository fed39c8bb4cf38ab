using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Observatory.Warehouse.Indicators;

/// <summary>
/// <c>schemas/indicators.yaml</c>: the indicators of INDICATORS.md, declared once, and the parameters of
/// the composite tension index. The build copies it into tables (<see cref="IndicatorCatalogLoader"/>)
/// that drive the marts and the publication.
/// </summary>
public sealed class IndicatorCatalog
{
    public const string FileName = "indicators.yaml";

    /// <summary>The composite index: its disclosure follows its components (no quantities of its own).</summary>
    public const string TensionIndexCode = "tension_index";

    public static readonly IReadOnlyList<string> Directions = ["up", "down", "none"];

    public static readonly IReadOnlyList<string> DisclosureRules = ["source_masks", "establishments", "persons", "ratio"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public int CatalogueVersion { get; set; }

    public TensionIndexSpec TensionIndex { get; set; } = new();

    public ImputationSpec Imputation { get; set; } = new();

    public DisclosureThresholdsSpec Disclosure { get; set; } = new();

    public List<IndicatorDefinition> Indicators { get; set; } = [];

    public static IndicatorCatalog Load(string schemasDirectory)
    {
        var path = Path.Combine(schemasDirectory, FileName);
        IndicatorCatalog catalog;
        try
        {
            catalog = Yaml.Deserialize<IndicatorCatalog>(File.ReadAllText(path)) ?? new IndicatorCatalog();
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        catalog.Validate(path);
        return catalog;
    }

    private void Validate(string path)
    {
        var problems = new List<string>();
        foreach (var group in Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"indicator '{group.Key}' is declared twice");
        }

        foreach (var indicator in Indicators)
        {
            if (string.IsNullOrWhiteSpace(indicator.LabelFr) || string.IsNullOrWhiteSpace(indicator.LabelEn) || string.IsNullOrWhiteSpace(indicator.Definition))
            {
                problems.Add($"{indicator.Code}: labels FR/EN and definition are required");
            }

            if (string.IsNullOrWhiteSpace(indicator.Period))
            {
                problems.Add($"{indicator.Code}: the period convention (period) is required");
            }

            if (!Directions.Contains(indicator.Direction))
            {
                problems.Add($"{indicator.Code}: direction '{indicator.Direction}' is not one of {string.Join(", ", Directions)}");
            }

            if (!DisclosureRules.Contains(indicator.Disclosure))
            {
                problems.Add($"{indicator.Code}: disclosure '{indicator.Disclosure}' is not one of {string.Join(", ", DisclosureRules)}");
            }

            if (indicator.Status == "computed" && indicator.Code != TensionIndexCode
                && (indicator.Quantities is null || indicator.Quantities.Numerator.Count == 0))
            {
                problems.Add($"{indicator.Code}: a computed indicator declares its quantities (numerator, denominator)");
            }

            if (indicator.Status == "planned" && string.IsNullOrWhiteSpace(indicator.PlannedReason))
            {
                problems.Add($"{indicator.Code}: a planned indicator states its planned_reason");
            }
        }

        if (Disclosure.MinEstablishments < 1 || Disclosure.MinPersons < 1 || Disclosure.MaxUnitShare is <= 0 or > 1)
        {
            problems.Add("disclosure: min_establishments and min_persons must be at least 1, max_unit_share in (0, 1]");
        }

        if (Imputation.BmoMaskLower < 0 || Imputation.BmoMaskUpper < Imputation.BmoMaskLower)
        {
            problems.Add("imputation: bmo_mask_lower must be at least 0 and at most bmo_mask_upper");
        }

        var quantiles = TensionIndex.LevelQuantiles;
        if (quantiles.Count != 4 || quantiles.Any(q => q is <= 0 or >= 1) || quantiles.Zip(quantiles.Skip(1)).Any(p => p.First >= p.Second))
        {
            problems.Add("tension_index.level_quantiles needs four increasing shares strictly between 0 and 1");
        }

        if (TensionIndex.ReferencePeriod.Count != 2 || TensionIndex.ReferencePeriod[0] > TensionIndex.ReferencePeriod[1])
        {
            problems.Add("tension_index.reference_period needs a first and a last year, in order");
        }

        foreach (var component in TensionIndex.Components.Where(c => Indicators.All(i => i.Code != c.Indicator)))
        {
            problems.Add($"tension_index component '{component.Indicator}' is not a declared indicator");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", problems)}.");
        }
    }
}
