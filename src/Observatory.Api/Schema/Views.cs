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

public sealed record TensionComponentView(IndicatorInfo? Indicator, TensionComponentRow Row);

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
