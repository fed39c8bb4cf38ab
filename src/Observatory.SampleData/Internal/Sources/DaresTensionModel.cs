using Observatory.SampleData.Internal.Geography;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The latent tension behind the sample's DARES file, from the traits the BMO and France Travail samples are drawn from:
/// per FAP code the BMO difficulty (<see cref="BmoMetiers"/>), the offers / job-seeker entries ratio and the job seekers'
/// outflow rate of its métiers' profiles (care FAPs: <see cref="MetierProfiles"/>; others: the ROME codes DARES's passage
/// leads to them, <see cref="OtherMetierProfiles.Rome"/>); per department its <see cref="DepartmentTraits"/> and size; per
/// year the same trends. The principal score weighs the three components' z-scores 50 / 30 / 20 against a fixed reference
/// panel (every FAP 2009 code of France × <see cref="ReferenceFirstYear"/>–<see cref="ReferenceLastYear"/>) and is cut at
/// the panel's quintiles, as the observatory computes its own index, so official and observatory levels agree often; the
/// generator adds DARES's own noise (its other components and data), so they do not always.
/// </summary>
internal static class DaresTensionModel
{
    /// <summary>First year of the reference panel (the catalogue's <c>reference_period</c>).</summary>
    public const int ReferenceFirstYear = 2019;

    /// <summary>Last year of the reference panel: the last FAP 2009 millésime.</summary>
    public const int ReferenceLastYear = 2023;

    /// <summary>Average employment per yearly BMO recruitment project (order of magnitude of the DARES « Emploi moyen »).</summary>
    public const double EmploymentPerProject = 9;

    /// <summary>Weights of difficulty, offers / entries and outflow rate in the principal score (DARES 2020).</summary>
    private const double DifficultyWeight = 0.5, RatioWeight = 0.3, OutflowWeight = 0.2;

    /// <summary>Category ABC entries over category A entries (the France Travail sample draws 1.2–1.4).</summary>
    private const double AbcEntriesFactor = 1.3;

    /// <summary>
    /// A FAP code of the BMO list with the traits of its métiers; <paramref name="IsCare"/>: it covers observatory métiers;
    /// <paramref name="InSector"/>: BMO family S (Fonctions sociales et médico-sociales).
    /// </summary>
    public sealed record Fap(string Code, double Difficulty, double OfferRatio, double Outflow, double Projects, bool IsCare, bool InSector = false);

    /// <summary>The latent inputs of one territory: employment, share of difficult projects, offers per job-seeker entry, outflow rate.</summary>
    public sealed record Cell(double Employment, double Difficulty, double Ratio, double Outflow);

    /// <summary>Mean and standard deviation of each component over the reference panel, and the score's quintiles there.</summary>
    public sealed record Moments(
        double DifficultyMean, double DifficultySd, double RatioMean, double RatioSd, double OutflowMean, double OutflowSd,
        IReadOnlyList<double> Thresholds);

    /// <summary>The FAP codes the BMO sample of <paramref name="year"/> uses (FAP 2009 up to 2023, FAP 2021 after), with their traits.</summary>
    public static IReadOnlyList<Fap> Faps(GenerationContext context, int year)
    {
        var reference = context.Reference;
        var version = BmoMetiers.FapVersion(year);
        var fapsOfRome = reference.RomeFapPassage.GroupBy(p => p.Rome, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return BmoMetiers.For(context, year).Select(m =>
        {
            var members = reference.FapLinks.Where(l => l.Version == version && l.FapCode == m.Code)
                .Select(l => MetierProfiles.For(l.MetierCode)).ToList();
            if (members.Count > 0)
            {
                var entries = members.Sum(p => p.Entries) * AbcEntriesFactor;
                var stock = members.Sum(p => p.SeekersA) * RomeVolumes.AbcFactor;
                return new Fap(m.Code, m.Difficulty, members.Sum(p => p.Offers) / members.Sum(p => p.Entries), entries / (stock + entries),
                    m.Projects, IsCare: true, m.InSector);
            }

            // Each ROME code leading to several FAP codes is split equally, as the observatory's reference panel does.
            var romes = reference.RomeFapPassage.Where(p => p.Fap == m.Code)
                .Select(p => (Profile: OtherMetierProfiles.Rome(context, p.Rome), Share: 1.0 / fapsOfRome[p.Rome])).ToList();
            if (romes.Count == 0)
            {
                romes.Add((OtherMetierProfiles.Rome(context, m.Code), 1.0));
            }

            var offers = romes.Sum(r => r.Profile.Offers * r.Share);
            var entriesA = romes.Sum(r => r.Profile.EntriesA * r.Share);
            var entriesAbc = entriesA * AbcEntriesFactor;
            var stockAbc = romes.Sum(r => r.Profile.StockA * r.Profile.AbcFactor * r.Share);
            return new Fap(m.Code, m.Difficulty, offers / entriesA, entriesAbc / (stockAbc + entriesAbc), m.Projects, IsCare: false, m.InSector);
        }).ToList();
    }

    /// <summary>The latent inputs of a FAP in a department and year (the BMO and France Travail samples' expectations, without their draws).</summary>
    public static Cell Department(GenerationContext context, Fap fap, string departmentCode, int year)
    {
        var traits = DepartmentTraits.Of(context, departmentCode);
        return new Cell(
            fap.Projects * EmploymentPerProject * DepartmentPopulations.SizeFactor(departmentCode),
            Math.Clamp(fap.Difficulty + MetierProfiles.DifficultyShift(year) + traits.DifficultyBias, 0.05, 0.97),
            fap.OfferRatio * traits.DemandBias * MetierProfiles.VolumeTrend(year) / RomeVolumes.SeekerTrend(year),
            fap.Outflow);
    }

    /// <summary>A region or France: employment summed, components averaged weighted by employment.</summary>
    public static Cell Combine(IReadOnlyCollection<Cell> cells)
    {
        var employment = cells.Sum(c => c.Employment);
        return new Cell(employment, cells.Sum(c => c.Employment * c.Difficulty) / employment,
            cells.Sum(c => c.Employment * c.Ratio) / employment, cells.Sum(c => c.Employment * c.Outflow) / employment);
    }

    /// <summary>
    /// The reference panel's moments and quintiles: every FAP 2009 code of France (the departments of the reference list
    /// combined) × year of <see cref="ReferenceFirstYear"/>–<see cref="ReferenceLastYear"/>.
    /// </summary>
    public static Moments ReferenceMoments(GenerationContext context) => MomentsByContext.GetValue(context, ComputeReferenceMoments);

    /// <summary>The panel's moments, computed once per generation (every DARES workbook uses them).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GenerationContext, Moments> MomentsByContext = [];

    private static Moments ComputeReferenceMoments(GenerationContext context)
    {
        var cells = new List<Cell>();
        for (var year = ReferenceFirstYear; year <= ReferenceLastYear; year++)
        {
            var y = year;
            cells.AddRange(Faps(context, y).Select(f => Combine([.. context.Reference.Departments.Select(d => Department(context, f, d.Code, y))])));
        }

        var (dMean, dSd) = MeanSd([.. cells.Select(c => c.Difficulty)]);
        var (rMean, rSd) = MeanSd([.. cells.Select(c => c.Ratio)]);
        var (oMean, oSd) = MeanSd([.. cells.Select(c => c.Outflow)]);
        var unscored = new Moments(dMean, dSd, rMean, rSd, oMean, oSd, []);
        var scores = cells.Select(c => Score(c, unscored)).Order().ToList();
        return unscored with { Thresholds = [.. new[] { 0.2, 0.4, 0.6, 0.8 }.Select(q => Quantile(scores, q))] };
    }

    /// <summary>The z-score of the offers ratio (the labour-market component).</summary>
    public static double RatioZ(Cell cell, Moments moments) => (cell.Ratio - moments.RatioMean) / moments.RatioSd;

    /// <summary>The principal score: the three components' z-scores weighted 50 / 30 / 20.</summary>
    public static double Score(Cell cell, Moments moments) =>
        (DifficultyWeight * (cell.Difficulty - moments.DifficultyMean) / moments.DifficultySd)
        + (RatioWeight * RatioZ(cell, moments))
        + (OutflowWeight * (cell.Outflow - moments.OutflowMean) / moments.OutflowSd);

    /// <summary>The level 1–5 of a score against the panel's quintiles.</summary>
    public static int Level(double score, Moments moments) => 1 + moments.Thresholds.Count(t => score >= t);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Linear interpolation between order statistics (DuckDB's <c>quantile_cont</c>).</summary>
    private static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, sd);
    }
}
