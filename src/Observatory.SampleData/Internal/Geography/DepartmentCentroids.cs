using System.Collections.Frozen;

namespace Observatory.SampleData.Internal.Geography;

/// <summary>
/// Approximate centres (latitude, longitude) of the departments of the default scope (regions 84 and 75), used to
/// place sample establishments. Other departments get a stable pseudo-random point inside metropolitan France.
/// </summary>
internal static class DepartmentCentroids
{
    private static readonly FrozenDictionary<string, (double Lat, double Lon)> Known =
        new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal)
        {
            ["01"] = (46.10, 5.35), ["03"] = (46.40, 3.20), ["07"] = (44.75, 4.40), ["15"] = (45.05, 2.65),
            ["26"] = (44.70, 5.15), ["38"] = (45.25, 5.60), ["42"] = (45.70, 4.15), ["43"] = (45.10, 3.80),
            ["63"] = (45.70, 3.15), ["69"] = (45.85, 4.65), ["73"] = (45.50, 6.45), ["74"] = (46.05, 6.40),
            ["16"] = (45.70, 0.20), ["17"] = (45.80, -0.75), ["19"] = (45.35, 1.90), ["23"] = (46.10, 2.00),
            ["24"] = (45.10, 0.75), ["33"] = (44.85, -0.60), ["40"] = (43.95, -0.80), ["47"] = (44.35, 0.45),
            ["64"] = (43.25, -0.75), ["79"] = (46.55, -0.30), ["86"] = (46.55, 0.45), ["87"] = (45.90, 1.25),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static (double Lat, double Lon) Of(string departmentCode, int seed)
    {
        if (Known.TryGetValue(departmentCode, out var centre))
        {
            return centre;
        }

        var random = StableSeed.For(seed, "centroid", departmentCode);
        return (random.Between(43.3, 49.5), random.Between(-1.0, 6.5));
    }
}
