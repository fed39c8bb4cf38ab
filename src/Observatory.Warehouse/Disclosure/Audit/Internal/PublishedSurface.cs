using Observatory.DuckDb;

namespace Observatory.Warehouse.Disclosure.Audit.Internal;

internal sealed record ValueRow(
    string Indicator, string Metier, string Level, string Territory, string Period, string Status,
    double? Value, double? Numerator, double? Denominator, double? UnitCount);

internal sealed record TensionRow(
    string Metier, string Level, string Territory, string Period, string Status, double? Index);

internal sealed record TensionComponentRow(
    string Metier, string Level, string Territory, string Period, string Status,
    string Indicator, string Role, double? Value, double? ZScore);

internal sealed record ReferenceRow(string Indicator, string Role, double Weight, double Mean, double StdDev);

internal sealed record TerritoryRow(string Territory, string Level, string? ParentLevel, string? ParentTerritory);

internal sealed record MetierRow(string Metier, bool IsGroup, IReadOnlyList<string> Members);

/// <summary>The <c>pub</c> tables exactly as served, read once into memory (numbers as doubles).</summary>
internal sealed class PublishedSurface
{
    public required IReadOnlyList<ValueRow> Values { get; init; }
    public required IReadOnlyList<TensionRow> Tension { get; init; }
    public required IReadOnlyList<TensionComponentRow> Components { get; init; }
    public required IReadOnlyList<ReferenceRow> Reference { get; init; }
    public required IReadOnlyDictionary<string, (string Direction, string Formula)> Indicators { get; init; }
    public required IReadOnlyList<TerritoryRow> Territories { get; init; }
    public required IReadOnlyList<MetierRow> Metiers { get; init; }

    /// <remarks>
    /// The operands and unit counts of <c>pub.indicator_values</c> and the components of <c>pub.tension</c> may be
    /// absent (a publication may leave them out for anonymous callers): they are then read as not published.
    /// </remarks>
    public static PublishedSurface Read(DuckDbConnection connection) => new()
    {
        Values = Select(connection,
            "select indicator, metier, territory_level, territory, period::varchar, status, value::double, " +
            $"{Optional(connection, "indicator_values", "numerator")}, {Optional(connection, "indicator_values", "denominator")}, " +
            $"{Optional(connection, "indicator_values", "unit_count")} from pub.indicator_values",
            r => new ValueRow(S(r[0]), S(r[1]), S(r[2]), S(r[3]), S(r[4]), S(r[5]), D(r[6]), D(r[7]), D(r[8]), D(r[9]))),
        Tension = Select(connection,
            "select metier, territory_level, territory, period::varchar, status, \"index\"::double from pub.tension",
            r => new TensionRow(S(r[0]), S(r[1]), S(r[2]), S(r[3]), S(r[4]), D(r[5]))),
        Components = !HasColumn(connection, "tension", "components") ? [] : Select(connection,
            "select metier, territory_level, territory, period, status, c.indicator_code, c.role, " +
            "c.value::double, c.z_score::double from (select metier, territory_level, territory, " +
            "period::varchar as period, status, unnest(components) as c from pub.tension)",
            r => new TensionComponentRow(S(r[0]), S(r[1]), S(r[2]), S(r[3]), S(r[4]), S(r[5]), S(r[6]), D(r[7]), D(r[8]))),
        Reference = Select(connection,
            "select indicator, component_role, weight::double, reference_mean::double, reference_stddev::double " +
            "from pub.tension_reference where reference_stddev > 0 and component_role <> 'index'",
            r => new ReferenceRow(S(r[0]), S(r[1]), D(r[2]) ?? 0, D(r[3]) ?? 0, D(r[4]) ?? 0)),
        Indicators = Select(connection,
            "select indicator, coalesce(direction, 'none'), coalesce(formula, '') from pub.indicators",
            r => (S(r[0]), S(r[1]), S(r[2]))).ToDictionary(x => x.Item1, x => (x.Item2, x.Item3)),
        Territories = Select(connection,
            "select territory, territory_level, parent_level, parent_territory from pub.territories",
            r => new TerritoryRow(S(r[0]), S(r[1]), r[2] as string, r[3] as string)),
        Metiers = Select(connection,
            "select metier, coalesce(is_group, false), coalesce(member_codes, metier) from pub.metiers",
            r => new MetierRow(S(r[0]), (bool)r[1]!, S(r[2]).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))),
    };

    /// <summary>True values of one department's cells, as its analyst sees them.</summary>
    /// <remarks>Null <paramref name="department"/>: every department's.</remarks>
    public static IReadOnlyList<ValueRow> ReadDepartmentTruth(DuckDbConnection connection, string? department) =>
        Select(connection,
            "select indicator_code, metier_code, territory_level, territory_code, period_code::varchar, 'ok', " +
            "value::double, numerator::double, denominator::double, unit_count::double from fct_indicator_values " +
            "where territory_level = 'DEP'" +
            (department is null ? string.Empty : $" and territory_code = '{department.Replace("'", "''", StringComparison.Ordinal)}'"),
            r => new ValueRow(S(r[0]), S(r[1]), S(r[2]), S(r[3]), S(r[4]), S(r[5]), D(r[6]), D(r[7]), D(r[8]), D(r[9])));

    private static string Optional(DuckDbConnection connection, string table, string column) =>
        HasColumn(connection, table, column) ? $"{column}::double" : "null::double";

    private static bool HasColumn(DuckDbConnection connection, string table, string column)
    {
        using var result = connection.Query(
            "select count(*) from information_schema.columns " +
            $"where table_schema = 'pub' and table_name = '{table}' and column_name = '{column}'");
        return Convert.ToInt64(result.Rows().Single()[0], System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <remarks>
    /// Rows come in a fixed order (<c>order by all</c>): a parallel scan may return them in any order, and the order
    /// in which cells are numbered decides the elimination order, so the same edition must always be attacked the
    /// same way.
    /// </remarks>
    private static List<T> Select<T>(DuckDbConnection connection, string sql, Func<object?[], T> map)
    {
        using var result = connection.Query($"select * from ({sql}) order by all");
        return result.Rows().Select(map).ToList();
    }

    private static string S(object? value) => value?.ToString() ?? string.Empty;

    private static double? D(object? value) => value is double d && !double.IsNaN(d) ? d : null;
}
