using Observatory.Api.Data;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;

namespace Observatory.Api.Schema;

/// <summary>Resolvers of the root fields that run SQL: one statement per field, whatever the number of rows.</summary>
internal static class ObservationFields
{
    public static ObservationConnectionView Observations(ResolveContext context)
    {
        var scope = RequestScope.Of(context);
        var size = ArgumentReader.PageSize(context.Argument<int?>("first"));
        var offset = Cursor.After(context.Argument<string>("after"));
        var filter = ArgumentReader.Filter(context.Arguments.GetValueOrDefault("filter"));
        FilterCodes.Check(filter, scope.Catalog);
        var order = ArgumentReader.Order(context.Arguments.GetValueOrDefault("orderBy"));
        var (rows, total) = ObservationQueries.Page(scope.Lease, filter, order, scope.AnalystDepartment, size, offset,
            SelectionProbe.Selects(context, "provenance"), context.CancellationToken);
        var edges = rows.Select((row, i) => new ObservationEdgeView(Cursor.Encode(offset + i), row)).ToList();
        var pageInfo = new PageInfoView(
            HasNextPage: offset + rows.Count < total,
            HasPreviousPage: offset > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new ObservationConnectionView(total, edges, rows, pageInfo);
    }

    public static IReadOnlyList<ObservationRow> Series(ResolveContext context)
    {
        var scope = RequestScope.Of(context);
        return ObservationQueries.Series(
            scope.Lease,
            context.Argument<string>("indicator")!,
            context.Argument<string>("metier")!,
            context.Argument<string>("territory")!,
            context.Argument<string>("level") ?? "DEP",
            scope.AnalystDepartment,
            SelectionProbe.Selects(context, "provenance"),
            context.CancellationToken);
    }

    public static TensionRankingView Tension(ResolveContext context)
    {
        var scope = RequestScope.Of(context);
        var level = context.Argument<string>("level") ?? "DEP";
        var code = context.Argument<string>("territory")!;
        var territory = scope.Catalog.Territory(level, code)
            ?? throw new GraphQLException($"Territoire inconnu : {code} (niveau {level}).", "NOT_FOUND");
        var year = context.Argument<int?>("year");
        RequirePublishedYear(scope, year, context.CancellationToken);
        var rows = TensionQueries.Rows(scope.Lease, [code], level, year, SelectionProbe.Selects(context, "components"), context.CancellationToken);
        var entries = Ranked(rows);
        var shownYear = rows.Count > 0 ? int.Parse(rows[0].Period, System.Globalization.CultureInfo.InvariantCulture) : year ?? 0;
        return new TensionRankingView(territory, shownYear, rows.Select(r => r.ReferenceYear).FirstOrDefault(r => r is not null), entries);
    }

    public static IReadOnlyList<TensionEntryView> TensionGrid(ResolveContext context)
    {
        var scope = RequestScope.Of(context);
        var region = context.Argument<string>("region")!;
        if (scope.Catalog.Territory("REG", region) is null)
        {
            throw new GraphQLException($"Région inconnue : {region}.", "NOT_FOUND");
        }

        RequirePublishedYear(scope, context.Argument<int?>("year"), context.CancellationToken);
        var departments = scope.Catalog.Territories.Where(t => t.Level == "DEP" && t.ParentCode == region).Select(t => t.Code).ToList();
        var rows = TensionQueries.Rows(scope.Lease, departments, "DEP", context.Argument<int?>("year"), SelectionProbe.Selects(context, "components"), context.CancellationToken);
        return [.. rows.GroupBy(r => r.Territory).SelectMany(Ranked)];
    }

    public static ComparisonView? Compare(ResolveContext context)
    {
        var scope = RequestScope.Of(context);
        var catalog = scope.Catalog;
        var indicatorCode = context.Argument<string>("indicator")!;
        var metierCode = context.Argument<string>("metier")!;
        var code = context.Argument<string>("territory")!;
        var indicator = catalog.Indicator(indicatorCode);
        var metier = catalog.Metier(metierCode);
        var department = catalog.Territory("DEP", code);
        if (indicator is null || metier is null || department?.ParentCode is not { } region)
        {
            return null;
        }

        var period = context.Argument<string>("period")
            ?? ObservationQueries.LatestComparablePeriod(scope.Lease, indicatorCode, metierCode, code, context.CancellationToken);
        if (period is null)
        {
            return null;
        }

        var rows = ObservationQueries.Compare(scope.Lease, indicatorCode, metierCode, region, period, scope.AnalystDepartment,
            SelectionProbe.Selects(context, "provenance"), context.CancellationToken);
        var departments = rows.Where(r => r.Level == "DEP")
            .OrderByDescending(r => r.Value.HasValue).ThenByDescending(r => r.Value).ThenBy(r => r.Territory, StringComparer.Ordinal)
            .Select((r, i) => new ComparisonRowView(catalog.Territory("DEP", r.Territory)!, r.Value, r.Status, r.Value.HasValue ? i + 1 : null))
            .ToList();
        var own = departments.FirstOrDefault(d => d.Territory.Code == code)
            ?? new ComparisonRowView(department, null, "missing", null);
        var regionRow = rows.FirstOrDefault(r => r.Level == "REG") is { } reg && catalog.Territory("REG", reg.Territory) is { } regTerritory
            ? new ComparisonRowView(regTerritory, reg.Value, reg.Status, null, reg.PartialCoverage)
            : null;
        var franceRow = rows.FirstOrDefault(r => r.Level == "NAT") is { } nat && catalog.Territory("NAT", nat.Territory) is { } natTerritory
            ? new ComparisonRowView(natTerritory, nat.Value, nat.Status, null, nat.PartialCoverage)
            : null;
        return new ComparisonView(indicator, metier, period, own, regionRow, franceRow, departments);
    }

    /// <summary>A year the index is not published for is a user error that lists the years it is.</summary>
    private static void RequirePublishedYear(RequestScope scope, int? year, CancellationToken cancellationToken)
    {
        if (year is not { } wanted)
        {
            return;
        }

        var years = TensionQueries.Years(scope.Lease, cancellationToken);
        if (!years.Contains(wanted))
        {
            var listed = years.Count == 0 ? "aucune" : string.Join(", ", years);
            throw new GraphQLException($"Pas d'indice de tension publié pour {wanted} : années disponibles {listed}.", "BAD_USER_INPUT");
        }
    }

    /// <summary>Ranks one territory's rows by index (highest tension first); a row without index has no rank.</summary>
    private static List<TensionEntryView> Ranked(IEnumerable<TensionRow> rows)
    {
        var rank = 0;
        return rows
            .OrderByDescending(r => r.Index.HasValue).ThenByDescending(r => r.Index).ThenBy(r => r.Metier, StringComparer.Ordinal)
            .Select(r => new TensionEntryView(r.Index.HasValue ? ++rank : null, r))
            .ToList();
    }
}
