using Observatory.Api.Data;

namespace Observatory.Api.Schema;

/// <summary>A Relay page of observations.</summary>
public sealed record ObservationConnectionView(long TotalCount, IReadOnlyList<ObservationEdgeView> Edges, IReadOnlyList<ObservationRow> Nodes, PageInfoView PageInfo);

public sealed record ObservationEdgeView(string Cursor, ObservationRow Node);

public sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Where an observation comes from.</summary>
public sealed record ProvenanceView(IReadOnlyList<SourceLoadInfo> Sources, IReadOnlyList<string> Runs);

public sealed record TensionRankingView(TerritoryInfo Territory, int Year, int? ReferenceYear, IReadOnlyList<TensionEntryView> Entries);

public sealed record TensionEntryView(int? Rank, TensionRow Row);

/// <summary>A component of a tension entry, or a dimension the catalogue declares and this edition does not compute.</summary>
/// <param name="Indicator">The component's indicator.</param>
/// <param name="Row">Its value, z-score and level (null where hidden or not computed).</param>
/// <param name="MissingReason">Why a dimension declared by the catalogue is not computed in this edition (null when it is).</param>
/// <param name="Hidden">The entry is hidden by disclosure control, so its components' values are too.</param>
public sealed record TensionComponentView(IndicatorInfo? Indicator, TensionComponentRow Row, string? MissingReason = null, bool Hidden = false);

public sealed record TensionFallbackView(TerritoryInfo Territory, double? Index, int? Level);

public sealed record ComparisonView(
    IndicatorInfo Indicator,
    MetierInfo Metier,
    string Period,
    ComparisonRowView Territory,
    ComparisonRowView? Region,
    ComparisonRowView? France,
    IReadOnlyList<ComparisonRowView> Departments);

public sealed record ComparisonRowView(TerritoryInfo Territory, double? Value, string Status, int? Rank, Observatory.Core.Values.Coverage? Partial = null);
