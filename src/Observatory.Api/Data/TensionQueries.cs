using System.Text.Json;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Data;

/// <summary>One component of a tension index cell.</summary>
public sealed record TensionComponentRow(string Indicator, string Role, double? Value, double? ZScore, int? Level);

/// <summary>One row of <c>pub.tension</c>, with the official DARES level of the group's FAP code (null when the file has no row).</summary>
public sealed record TensionRow(
    string Metier,
    string Territory,
    string TerritoryLevel,
    string Period,
    double? Index,
    int? Level,
    string? Label,
    string Status,
    IReadOnlyList<TensionComponentRow> Components,
    int? ReferenceYear,
    string? FallbackLevel,
    string? FallbackTerritory,
    double? FallbackIndex,
    int? FallbackTensionLevel,
    string? DisclosureReason,
    double Coverage,
    int CoveredTerritories,
    int? OfficialLevel = null,
    string? OfficialLabel = null,
    string? OfficialStatus = null);

/// <summary>Reads the composite tension index: one SQL statement per ranking or grid.</summary>
public static class TensionQueries
{
    private const string ComponentsColumn = "to_json(t.components)::varchar as components";

    /// <summary><c>tension.sql</c> with the components read as null (the <c>components</c> field is not selected).</summary>
    private static readonly Lazy<string> WithoutComponents = new(() =>
    {
        var sql = SqlText.Get("tension");
        return sql.Contains(ComponentsColumn, StringComparison.Ordinal)
            ? sql.Replace(ComponentsColumn, "null::varchar as components", StringComparison.Ordinal)
            : throw new InvalidOperationException($"tension.sql must read '{ComponentsColumn}'.");
    });

    /// <summary>The years of the published index, oldest first.</summary>
    public static IReadOnlyList<int> Years(EditionLease lease, CancellationToken cancellationToken = default) =>
        SqlRunner.Rows(lease, SqlText.Get("tension_years"), new Dictionary<string, object?>(StringComparer.Ordinal), cancellationToken)
            .Select(r => int.Parse(SqlRunner.Text(r[0])!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The rows of <paramref name="territories"/> (one level) for <paramref name="year"/>, or the latest year when null.</summary>
    public static IReadOnlyList<TensionRow> Rows(EditionLease lease, IReadOnlyList<string> territories, string level, int? year, bool components = true, CancellationToken cancellationToken = default)
    {
        if (territories.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["territories"] = string.Join(',', territories),
            ["level"] = level,
            ["year"] = year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
        var sql = components ? SqlText.Get("tension") : WithoutComponents.Value;
        return SqlRunner.Rows(lease, sql, parameters, cancellationToken).ConvertAll(r => new TensionRow(
            SqlRunner.Text(r[0])!,
            SqlRunner.Text(r[1])!,
            SqlRunner.Text(r[2])!,
            SqlRunner.Text(r[3])!,
            SqlRunner.Double(r[4]),
            SqlRunner.Int(r[5]),
            SqlRunner.Text(r[6]),
            SqlRunner.Text(r[7]) ?? "missing",
            Components(SqlRunner.Text(r[8])),
            SqlRunner.Int(r[9]),
            SqlRunner.Text(r[10]),
            SqlRunner.Text(r[11]),
            SqlRunner.Double(r[12]),
            SqlRunner.Int(r[13]),
            SqlRunner.Text(r[14]),
            SqlRunner.Double(r[15]) ?? 1.0,
            SqlRunner.Int(r[16]) ?? 1,
            SqlRunner.Int(r[17]),
            SqlRunner.Text(r[18]),
            SqlRunner.Text(r[19])));
    }

    private static List<TensionComponentRow> Components(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return document.RootElement.EnumerateArray().Select(c => new TensionComponentRow(
            String(c, "indicator_code") ?? string.Empty,
            String(c, "role") ?? string.Empty,
            Number(c, "value"),
            Number(c, "z_score"),
            Number(c, "level") is { } level ? (int)level : null)).ToList();
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
