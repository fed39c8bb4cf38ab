using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Spreads the métier magnitudes of <see cref="MetierProfiles"/> over the ROME codes of <c>xw_metier_rome.csv</c>:
/// ROME v3 before 2024, ROME 4.0 from 2024. A métier's volume goes 70 % to its principal code and the rest to the others.
/// </summary>
internal static class RomeVolumes
{
    public sealed record RomeVolume(string Code, string Label, double Offers, double SeekersA, double Entries);

    public static string RomeVersion(int year) => year >= 2024 ? "4.0" : "v3";

    public static IReadOnlyList<RomeVolume> For(SampleReference reference, int year)
    {
        var version = RomeVersion(year);
        var links = reference.RomeLinks.Where(l => l.Version == version).ToList();
        var volumes = new SortedDictionary<string, (double Offers, double Seekers, double Entries)>(StringComparer.Ordinal);
        foreach (var byMetier in links.GroupBy(l => l.MetierCode, StringComparer.Ordinal))
        {
            var profile = MetierProfiles.For(byMetier.Key);
            var codes = byMetier.ToList();
            foreach (var link in codes)
            {
                var share = codes.Count == 1 ? 1.0
                    : link.IsPrincipal ? 0.7 / codes.Count(c => c.IsPrincipal)
                    : 0.3 / codes.Count(c => !c.IsPrincipal);
                volumes.TryGetValue(link.RomeCode, out var current);
                volumes[link.RomeCode] = (current.Offers + (profile.Offers * share), current.Seekers + (profile.SeekersA * share),
                    current.Entries + (profile.Entries * share));
            }
        }

        return volumes.Select(v => new RomeVolume(v.Key, reference.RomeLabel(v.Key, version), v.Value.Offers, v.Value.Seekers, v.Value.Entries)).ToList();
    }

    /// <summary>Job-seeker stock trend by year (falling until 2023, slightly up after).</summary>
    public static double SeekerTrend(int year) => year switch
    {
        <= 2019 => 1.00,
        2020 => 1.05,
        2021 => 0.97,
        2022 => 0.90,
        2023 => 0.88,
        2024 => 0.90,
        _ => 0.93,
    };

    /// <summary>Category A, B, C stock over category A stock (job seekers with reduced activity counted too).</summary>
    public const double AbcFactor = 1.72;

    /// <summary>Quarterly weights of offers (more in Q1–Q2, fewer in summer).</summary>
    public static readonly double[] QuarterWeights = [0.27, 0.26, 0.22, 0.25];
}
