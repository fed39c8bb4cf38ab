using System.Globalization;
using System.Text.Json;

namespace Observatory.Benchmarks.GraphQL;

/// <summary>
/// Deterministic in-memory data shared by both engines of the GraphQL benchmark: métiers,
/// territories and indicator values, written to JSON for the node side.
/// </summary>
internal sealed record BenchmarkData(
    IReadOnlyList<Dictionary<string, object?>> Metiers,
    IReadOnlyList<Dictionary<string, object?>> Territories,
    IReadOnlyList<Dictionary<string, object?>> Values)
{
    private static readonly string[] Sectors = ["autonomie", "handicap", "enfance-famille", "insertion"];

    public static BenchmarkData Create()
    {
        var metiers = Enumerable.Range(0, 20).Select(i => new Dictionary<string, object?>
        {
            ["code"] = "M" + i.ToString("00", CultureInfo.InvariantCulture),
            ["label"] = "Métier " + i.ToString(CultureInfo.InvariantCulture),
            ["sector"] = Sectors[i % Sectors.Length],
        }).ToList();
        var territories = Enumerable.Range(1, 24).Select(i => new Dictionary<string, object?>
        {
            ["code"] = i.ToString("00", CultureInfo.InvariantCulture),
            ["label"] = "Département " + i.ToString(CultureInfo.InvariantCulture),
            ["region"] = i % 2 == 0 ? "84" : "75",
        }).ToList();
        var values = new List<Dictionary<string, object?>>();
        var n = 0;
        foreach (var metier in metiers)
        {
            foreach (var territory in territories)
            {
                for (var year = 2019; year <= 2025; year++)
                {
                    n++;
                    values.Add(new Dictionary<string, object?>
                    {
                        ["metier"] = metier["code"],
                        ["territory"] = territory["code"],
                        ["year"] = year,
                        ["value"] = n % 11 == 0 ? null : (n * 37 % 1000) / 10.0,
                        ["status"] = n % 11 == 0 ? "secret" : "ok",
                    });
                }
            }
        }

        return new BenchmarkData(metiers, territories, values);
    }

    public string ToJson() => JsonSerializer.Serialize(new { metiers = Metiers, territories = Territories, values = Values });
}
