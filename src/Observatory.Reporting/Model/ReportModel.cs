namespace Observatory.Reporting.Model;

/// <summary>Everything the publication shows, read from one build; the HTML renderer only formats it.</summary>
public sealed record ReportModel(
    Edition Edition,
    TerritoryInfo Territory,
    string Year,
    IReadOnlyList<string> Years,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<TensionCell> Ranking,
    IReadOnlyList<TensionCell> Comparison,
    string PriorityRule,
    IReadOnlyList<MetierPage> Metiers,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<TensionReference> Reference,
    IReadOnlyList<SourceVintage> Sources,
    IReadOnlyList<DisclosureCount> Disclosure)
{
    /// <summary>The agreement of the observatory's levels with the official ones, per year then overall (<c>ALL</c>).</summary>
    public IReadOnlyList<TensionAgreement> Agreement { get; init; } = [];

    /// <summary>« Observatoire des métiers de l'accompagnement — Landes — édition 2025 ».</summary>
    public string Title => $"Observatoire des métiers de l'accompagnement — {Territory.Label} — édition {Year}";
}

/// <summary>The edition a report is made from, with the first and last year of the tension index's reference panel.</summary>
public sealed record Edition(string RunId, string BuiltAt, string BuildFileName, int? ReferenceFirstYear, int? ReferenceLastYear);

/// <summary>The department and its region.</summary>
public sealed record TerritoryInfo(string Code, string Label, string RegionCode, string RegionLabel);

/// <summary>A key figure: <paramref name="Masked"/> cells of <paramref name="Cells"/> were left out of the sum.</summary>
public sealed record KeyFigure(string Code, double? Value, long Masked, long Cells);

/// <summary>A métier or métier group of the catalogue.</summary>
public sealed record MetierInfo(string Code, string Label, string ShortLabel, bool IsGroup, IReadOnlyList<string> Members);

/// <summary>One published value (or its absence: <see cref="Value"/> null with the status and reason).</summary>
public sealed record Figure(string Indicator, string Metier, string TerritoryLevel, string Territory, string Period, double? Value, string Status, string? Reason, Observatory.Core.Values.Coverage? Partial = null)
{
    public bool IsMasked => Value is null;
}

/// <summary>One row of <c>pub.tension</c>.</summary>
public sealed record TensionCell(
    string Metier,
    string MetierLabel,
    string TerritoryLevel,
    string Territory,
    string Period,
    double? Index,
    int? Level,
    string? LevelLabel,
    string Status,
    string? Reason,
    string? FallbackLevel,
    string? FallbackTerritory,
    double? FallbackIndex,
    int? FallbackIndexLevel,
    Observatory.Core.Values.Coverage? Partial = null,
    OfficialLevel? Official = null);

/// <summary>The official DARES / France Travail level of a tension cell: <see cref="Status"/> ok, imputed or missing.</summary>
public sealed record OfficialLevel(int? Level, string? Label, string Status);

/// <summary>
/// One row of <c>pub.tension_agreement</c> over all territory levels: <see cref="Period"/> a year or <c>ALL</c>, cells
/// compared, identical levels, levels within one, linearly weighted kappa (null when undefined).
/// </summary>
public sealed record TensionAgreement(string Period, long Cells, long Identical, double IdenticalShare, long WithinOne, double WithinOneShare, double? WeightedKappa);

/// <summary>One component of a tension index.</summary>
public sealed record TensionComponent(string Indicator, string Role, double? Value, double? ZScore, int? Level);

/// <summary>One thematic block of a métier page: its indicators, for the department, region and France, by year.</summary>
public sealed record IndicatorBlock(string Key, string Title, IReadOnlyList<string> Indicators, string SeriesLevel, IReadOnlyList<Figure> Figures)
{
    /// <summary>The figure of <paramref name="indicator"/> at <paramref name="level"/> for <paramref name="period"/>, if published.</summary>
    public Figure? Find(string indicator, string level, string period) =>
        Figures.FirstOrDefault(f => f.Indicator == indicator && f.TerritoryLevel == level && f.Period == period);
}

/// <summary>The page of one priority métier.</summary>
public sealed record MetierPage(
    MetierInfo Metier,
    IReadOnlyList<MetierInfo> Groups,
    IReadOnlyList<TensionCell> Tension,
    IReadOnlyList<TensionComponent> Components,
    IReadOnlyList<IndicatorBlock> Blocks);

/// <summary>An indicator of <c>pub.indicators</c>.</summary>
public sealed record IndicatorDefinition(
    string Code,
    string Family,
    string Label,
    string Definition,
    string Formula,
    string Unit,
    string Direction,
    string DisclosureRule,
    string Caveats,
    string Methodology,
    string CatalogueStatus,
    string PlannedReason,
    string PeriodConvention = "");

/// <summary>A component of the tension index (or the index, role <c>index</c>) with its reference distribution and, when computed, its four level cut points.</summary>
public sealed record TensionReference(string Indicator, string Role, double Weight, string ReferencePeriod, long CellCount, double? Mean, double? StdDev,
    long MetierCount = 0, long TerritoryCount = 0, bool Computed = true, string? Reason = null, IReadOnlyList<double>? Thresholds = null);

/// <summary>A source with its vintages.</summary>
public sealed record SourceVintage(string Source, string Vintages, long Files, long LakeRows, string LastLoaded);

/// <summary>How many cells of the edition are shown (<paramref name="Outcome"/> <c>shown</c>) or hidden for one reason (pub.disclosure_summary).</summary>
public sealed record DisclosureCount(string Outcome, long Cells, double Share);
