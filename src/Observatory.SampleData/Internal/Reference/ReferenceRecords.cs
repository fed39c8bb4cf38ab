namespace Observatory.SampleData.Internal.Reference;

internal sealed record DepartmentRef(string Code, string Label, string RegionCode);

internal sealed record RegionRef(string Code, string Label);

/// <summary>An observatory métier; <paramref name="PriorityDepartments"/> lists the departments that rank it a priority.</summary>
internal sealed record MetierRef(string Code, string Label, IReadOnlyList<string> PriorityDepartments);

/// <summary>Métier ↔ ROME link; <paramref name="Version"/> is <c>v3</c> or <c>4.0</c>.</summary>
internal sealed record RomeLink(string MetierCode, string RomeCode, string Version, bool IsPrincipal, double Weight);

/// <summary>Métier ↔ FAP link; <paramref name="Version"/> is <c>2009</c> or <c>2021</c>.</summary>
internal sealed record FapLink(string MetierCode, string FapCode, string Version, string Level, double Weight);

internal sealed record BassinRef(string Code, string Label, string DepartmentCode, string Millesime);

internal sealed record FinessCategoryRef(string Code, string Label, string AggregateCode, string AggregateLabel, string Sector);

internal sealed record NafRef(string Code, string Label, bool InSector);

/// <summary>A diploma; <paramref name="Survey"/> tells which DREES survey publishes it (social schools or health).</summary>
internal sealed record DiplomaRef(string Code, string Label, string Survey);

/// <summary>A FAP code; <paramref name="BmoFamily"/> is the BMO family letter (<c>S</c> for the sector) or empty.</summary>
internal sealed record FapCodeRef(string Code, string Version, string Level, string Label, string BmoFamily);

internal sealed record RomeCodeRef(string Code, string Version, string Label);
