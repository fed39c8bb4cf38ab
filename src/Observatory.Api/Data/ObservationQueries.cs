using System.Globalization;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Data;

/// <summary>The observation queries: one SQL statement per page, series or comparison, never one per row.</summary>
public static class ObservationQueries
{
    private static readonly Dictionary<string, string> OrderColumns = new(StringComparer.Ordinal)
    {
        ["PERIOD"] = "period",
        ["VALUE"] = "value",
        ["INDICATOR"] = "indicator",
        ["METIER"] = "metier",
        ["TERRITORY"] = "territory_level, territory",
    };

    private const string TieBreak = "indicator, metier, territory_level, territory, period";

    /// <summary>One page (<paramref name="limit"/> rows from <paramref name="offset"/>) and the total row count.</summary>
    public static (IReadOnlyList<ObservationRow> Rows, long TotalCount) Page(
        EditionLease lease, ObservationFilter filter, IReadOnlyList<ObservationOrder> order, string? analystDepartment, int limit, long offset,
        bool provenance = true, CancellationToken cancellationToken = default)
    {
        var parameters = FilterParameters(filter, analystDepartment);
        var sql = SqlText.OverFilteredValues("observations", parameters, provenance).Replace("/*ORDER_BY*/", OrderBy(order), StringComparison.Ordinal);
        parameters["limit"] = (long)limit;
        parameters["offset"] = offset;
        var rows = SqlRunner.Rows(lease, sql, parameters, cancellationToken);
        long total = rows.Count > 0 ? Convert.ToInt64(rows[0][ObservationRow.ColumnCount], CultureInfo.InvariantCulture) : 0;
        if (rows.Count == 0 && offset > 0)
        {
            total = Count(lease, filter, analystDepartment, cancellationToken); // past the end: no row carries the window count
        }

        return (rows.ConvertAll(ObservationRow.Read), total);
    }

    /// <summary>How many observations pass <paramref name="filter"/> for this caller (a count, without reading or sorting rows).</summary>
    public static long Count(EditionLease lease, ObservationFilter filter, string? analystDepartment, CancellationToken cancellationToken = default)
    {
        var parameters = FilterParameters(filter, analystDepartment);
        var sql = SqlText.OverFilteredValues("count_filtered", parameters, provenance: false);
        return Convert.ToInt64(SqlRunner.Rows(lease, sql, parameters, cancellationToken)[0][0], CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<ObservationRow> Series(EditionLease lease, string indicator, string metier, string territory, string level, string? analystDepartment, bool provenance = true, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["indicator"] = indicator,
            ["metier"] = metier,
            ["territory"] = territory,
            ["level"] = level,
            ["analyst_department"] = analystDepartment ?? string.Empty,
        };
        return SqlRunner.Rows(lease, SqlText.OverVisibleValues("series", VisibleShape.For(analystDepartment, provenance)), parameters, cancellationToken).ConvertAll(ObservationRow.Read);
    }

    /// <summary>The department, its region, France and the region's departments, for one indicator × métier × period.</summary>
    public static IReadOnlyList<ObservationRow> Compare(
        EditionLease lease, string indicator, string metier, string region, string period, string? analystDepartment, bool provenance = true, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["indicator"] = indicator,
            ["metier"] = metier,
            ["region"] = region,
            ["period"] = period,
            ["analyst_department"] = analystDepartment ?? string.Empty,
        };
        return SqlRunner.Rows(lease, SqlText.OverVisibleValues("compare", VisibleShape.For(analystDepartment, provenance)), parameters, cancellationToken).ConvertAll(ObservationRow.Read);
    }

    public static string? LatestComparablePeriod(EditionLease lease, string indicator, string metier, string department, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["indicator"] = indicator,
            ["metier"] = metier,
            ["territory"] = department,
        };
        return SqlRunner.Rows(lease, SqlText.Get("compare_latest_period"), parameters, cancellationToken).Select(r => SqlRunner.Text(r[0])).FirstOrDefault();
    }

    public static IReadOnlyList<string> Periods(EditionLease lease, string? indicator, CancellationToken cancellationToken = default) =>
        SqlRunner.Rows(lease, SqlText.Get("periods"), new Dictionary<string, object?>(StringComparer.Ordinal) { ["indicator"] = indicator ?? string.Empty }, cancellationToken)
            .ConvertAll(r => SqlRunner.Text(r[0])!);

    /// <summary>The named parameters of a filter (lists comma-joined, '' for "no filter").</summary>
    public static Dictionary<string, object?> FilterParameters(ObservationFilter filter, string? analystDepartment) =>
        new(StringComparer.Ordinal)
        {
            ["indicators"] = string.Join(',', filter.Indicators),
            ["metiers"] = string.Join(',', filter.Metiers),
            ["territories"] = string.Join(',', filter.Territories),
            ["level"] = filter.Level ?? string.Empty,
            ["from"] = filter.From ?? string.Empty,
            ["to"] = filter.To ?? string.Empty,
            ["statuses"] = string.Join(',', filter.Statuses),
            ["analyst_department"] = analystDepartment ?? string.Empty,
        };

    private static string OrderBy(IReadOnlyList<ObservationOrder> order)
    {
        var keys = new List<string>();
        foreach (var item in order)
        {
            var columns = OrderColumns.GetValueOrDefault(item.Field)
                ?? throw new ArgumentException($"Unknown order field {item.Field}.", nameof(order));
            keys.AddRange(columns.Split(", ").Select(c => $"{c} {(item.Descending ? "desc" : "asc")} nulls last"));
        }

        keys.Add(TieBreak);
        return string.Join(", ", keys);
    }
}
