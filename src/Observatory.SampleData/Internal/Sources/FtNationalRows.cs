using Observatory.SampleData.Internal.Output;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The France-as-a-whole rows (<c>codeTypeTerritoire NAT</c>, <c>codeTerritoire FR</c>) of the national France Travail
/// extraction: every ROME code of the year's version in <c>rome_codes.csv</c>. A code of the observatory's métiers gets the
/// sum of the departments' rows written before it (France is the sum of its departments); any other code its own national
/// magnitudes (<see cref="OtherMetierProfiles.Rome"/>). These rows feed the tension index's all-métier reference panel.
/// </summary>
internal sealed class FtNationalRows
{
    public const string TerritoryType = "NAT";
    public const string TerritoryLabel = "France";

    private readonly Dictionary<(string Rome, int Quarter, string Measure), int> _sums = [];

    /// <summary>Adds a department's value of one measure (offers, stock, entries, exits by category) to France's.</summary>
    public void Add(string rome, int quarter, string measure, int value)
    {
        _sums.TryGetValue((rome, quarter, measure), out var current);
        _sums[(rome, quarter, measure)] = current + value;
    }

    /// <summary>The departments' sum, when the code has department rows.</summary>
    public int? Sum(string rome, int quarter, string measure) =>
        _sums.TryGetValue((rome, quarter, measure), out var value) ? value : null;

    /// <summary>The ROME codes of the year's version, in code order.</summary>
    public static IEnumerable<(string Code, string Label)> Codes(GenerationContext context, int year)
    {
        var version = RomeVolumes.RomeVersion(year);
        return context.Reference.RomeCodes.Where(r => r.Version == version)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (r.Code, r.Label));
    }

    /// <summary>Writes one NAT row with the same layout as the department rows.</summary>
    public static void Write(CsvTable table, string code, string label, int year, int quarter, params string[] tail) =>
        table.Add([TerritoryType, FtExtraction.NationalTerritory, TerritoryLabel, "ROME", code, label, "TRIMESTRE",
            FtFormat.PeriodCode(year, quarter), FtFormat.PeriodLabel(year, quarter), .. tail]);
}
