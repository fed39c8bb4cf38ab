namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Magnitudes for the métiers outside the observatory (every other FAP of BMO, every other ROME code of the national France
/// Travail rows), drawn once per code from the seed so that the all-métier reference panel of the tension index has the
/// spread of a real labour market: volumes over two orders of magnitude, difficulty shares from 20 % to 85 %, tension ratios
/// from 0.2 to 3, outflow rates from 30 % to 80 % a year.
/// </summary>
internal static class OtherMetierProfiles
{
    /// <summary>BMO magnitudes of a FAP for a 500 000-inhabitant department (same meaning as <see cref="MetierProfiles.Profile"/>).</summary>
    public sealed record FapProfile(double Projects, double Difficulty, double Seasonal);

    /// <summary>Yearly national magnitudes of a ROME code (France Travail, all of France).</summary>
    public sealed record RomeProfile(double Offers, double EntriesA, double StockA, double AbcFactor, double OutflowRate);

    public static FapProfile Fap(GenerationContext context, string fapCode)
    {
        var random = context.RandomFor("other-fap-profile", fapCode);
        var projects = Math.Exp(random.Between(Math.Log(8), Math.Log(700)));
        // Agriculture (A), hotels and catering (S) and tourism-related services recruit seasonally.
        var seasonalBase = fapCode[0] is 'A' or 'S' ? 0.35 : 0.05;
        return new FapProfile(projects, random.Between(0.20, 0.85), Math.Clamp(seasonalBase + random.Between(-0.05, 0.25), 0, 0.9));
    }

    public static RomeProfile Rome(GenerationContext context, string romeCode)
    {
        var random = context.RandomFor("other-rome-profile", romeCode);
        var offers = Math.Exp(random.Between(Math.Log(800), Math.Log(90_000)));
        var ratio = Math.Exp(random.Between(Math.Log(0.2), Math.Log(3.0)));
        var entries = offers / ratio;
        return new RomeProfile(offers, entries, entries * random.Between(0.6, 1.4), random.Between(1.5, 1.9), random.Between(0.30, 0.80));
    }
}
