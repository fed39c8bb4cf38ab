namespace Observatory.Api.Data;

/// <summary>The build's identity (<c>build_info</c>); <c>ReferenceYear</c> / <c>ReferenceFirstYear</c>: last / first year of the tension index's reference panel.</summary>
public sealed record EditionInfo(string Run, string BuiltAt, string? DuckdbVersion, int? ReferenceYear, int? ReferenceFirstYear);

/// <summary>One indicator of the catalogue (<c>pub.indicators</c>).</summary>
public sealed record IndicatorInfo(
    string Code,
    string Family,
    string LabelFr,
    string LabelEn,
    string? Definition,
    string? Formula,
    string? Unit,
    string? Direction,
    IReadOnlyList<string> Sources,
    string? DisclosureRule,
    string? Caveats,
    bool Computed,
    string? PeriodConvention = null)
{
    public string Label => LabelFr;
}

/// <summary>A dimension of the tension index declared by the catalogue (<c>pub.tension_reference</c>).</summary>
public sealed record TensionDimensionInfo(string Indicator, string Role, double Weight, bool Computed, string? Reason);

/// <summary>One métier or métier group (<c>pub.metiers</c>).</summary>
public sealed record MetierInfo(
    string Code,
    string Label,
    string? ShortLabel,
    string? Sector,
    bool IsGroup,
    IReadOnlyList<string> MemberCodes,
    IReadOnlyList<string> PriorityFor);

/// <summary>One code of a métier in a code system (<c>pub.metier_codes</c>).</summary>
public sealed record MetierCodeInfo(string Metier, string System, string? Version, string Code);

/// <summary>One territory (<c>pub.territories</c>); the key is level and code (region 01 ≠ department 01).</summary>
public sealed record TerritoryInfo(string Code, string Level, string Label, string? ParentLevel, string? ParentCode);

/// <summary>One raw file loaded by one ingest run (<c>pub.sources</c>).</summary>
public sealed record SourceLoadInfo(string Source, string Vintage, string FileSha256, string? FileName, string Run, string? LoadedAt, int? Rows);
