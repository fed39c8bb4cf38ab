using Microsoft.AspNetCore.Http;
using Observatory.Api.Data;
using Observatory.Api.Schema;

namespace Observatory.Api.Endpoints;

/// <summary>
/// The export query string, with the names of <c>ObservationFilter</c>:
/// <c>indicators=a,b&amp;metiers=..&amp;territories=..&amp;level=DEP&amp;from=2020&amp;to=2025&amp;status=ok,secret</c>.
/// </summary>
internal static class ExportFilter
{
    public static ObservationFilter Parse(IQueryCollection query, out string? problem)
    {
        problem = null;
        var level = Single(query, "level")?.ToUpperInvariant();
        if (level is not null && level is not ("NAT" or "REG" or "DEP"))
        {
            problem = $"Niveau inconnu : « {level} » (attendu NAT, REG ou DEP).";
        }

        var statuses = List(query, "status").Select(s => s.ToUpperInvariant()).ToList();
        var unknown = statuses.FirstOrDefault(s => !ValueStatuses.Names.Contains(s));
        if (unknown is not null)
        {
            problem = $"Statut inconnu : « {unknown} » (attendu {string.Join(", ", ValueStatuses.Names).ToLowerInvariant()}).";
        }

        return new ObservationFilter
        {
            Indicators = List(query, "indicators"),
            Metiers = List(query, "metiers"),
            Territories = List(query, "territories"),
            Level = level,
            From = Single(query, "from"),
            To = Single(query, "to"),
            Statuses = [.. statuses.Select(ValueStatuses.ToWarehouse)],
        };
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } text ? text : null;

    private static List<string> List(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];
}
