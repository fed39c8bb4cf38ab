using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The latent tension behind the sample's DARES file, from the traits the BMO and France Travail samples are drawn from:
/// per FAP code the BMO difficulty (<see cref="BmoMetiers"/>, i.e. the <see cref="MetierProfiles"/> of its métiers) and
/// the offers / job-seeker entries ratio of its métiers' profiles; per department its <see cref="DepartmentTraits"/>
/// (difficulty bias, demand bias) and size; per year the same trends. The principal score is the mean of the two
/// components' z-scores against a fixed reference panel (every care FAP × department of <see cref="ReferenceYear"/>), as the
/// observatory computes its own index, so official and observatory levels agree often; the generator adds DARES's own
/// noise (its other components and national data), so they do not always.
/// </summary>
internal static class DaresTensionModel
{
    /// <summary>Year of the reference panel the components are standardised on (fixed: later years stay comparable).</summary>
    public const int ReferenceYear = 2023;

    /// <summary>Average employment per yearly BMO recruitment project (order of magnitude of the DARES « Emploi moyen »).</summary>
    public const double EmploymentPerProject = 9;

    /// <summary>Cut points of the five levels on the score (1 très faible … 5 très forte).</summary>
    private static readonly double[] Thresholds = [-1.0, -0.35, 0.35, 1.0];

    /// <summary>A FAP code of the BMO list with the traits of its métiers; <paramref name="IsCare"/>: it covers observatory métiers.</summary>
    public sealed record Fap(string Code, double Difficulty, double OfferRatio, double Projects, bool IsCare);

    /// <summary>The latent inputs of one territory: employment, share of difficult projects, offers per job-seeker entry.</summary>
    public sealed record Cell(double Employment, double Difficulty, double Ratio);

    /// <summary>Mean and standard deviation of both components over the reference panel.</summary>
    public sealed record Moments(double DifficultyMean, double DifficultySd, double RatioMean, double RatioSd);

    /// <summary>The FAP codes the BMO sample of <paramref name="year"/> uses (FAP 2009 up to 2023, FAP 2021 after), with their traits.</summary>
    public static IReadOnlyList<Fap> Faps(SampleReference reference, int year)
    {
        var version = BmoMetiers.FapVersion(year);
        return BmoMetiers.For(reference, year).Select(m =>
        {
            var members = reference.FapLinks.Where(l => l.Version == version && l.FapCode == m.Code)
                .Select(l => MetierProfiles.For(l.MetierCode)).ToList();
            var isCare = members.Count > 0;
            if (!isCare)
            {
                members.Add(MetierProfiles.Default);
            }

            return new Fap(m.Code, m.Difficulty, members.Sum(p => p.Offers) / members.Sum(p => p.Entries), m.Projects, isCare);
        }).ToList();
    }

    /// <summary>The latent inputs of a FAP in a department and year (the BMO and France Travail samples' expectations, without their draws).</summary>
    public static Cell Department(GenerationContext context, Fap fap, string departmentCode, int year)
    {
        var traits = DepartmentTraits.Of(context, departmentCode);
        return new Cell(
            fap.Projects * EmploymentPerProject * DepartmentPopulations.SizeFactor(departmentCode),
            Math.Clamp(fap.Difficulty + MetierProfiles.DifficultyShift(year) + traits.DifficultyBias, 0.05, 0.97),
            fap.OfferRatio * traits.DemandBias * MetierProfiles.VolumeTrend(year) / RomeVolumes.SeekerTrend(year));
    }

    /// <summary>A region or France: employment summed, components averaged weighted by employment.</summary>
    public static Cell Combine(IReadOnlyCollection<Cell> cells)
    {
        var employment = cells.Sum(c => c.Employment);
        return new Cell(employment, cells.Sum(c => c.Employment * c.Difficulty) / employment, cells.Sum(c => c.Employment * c.Ratio) / employment);
    }

    /// <summary>
    /// The reference panel's moments: every care FAP (one covering observatory métiers) × department of the reference list in
    /// <see cref="ReferenceYear"/>. The panel is the observatory's kind (care métier groups), so that the sample's official
    /// levels differ from the observatory's by noise rather than by a shift of scale.
    /// </summary>
    public static Moments ReferenceMoments(GenerationContext context)
    {
        var cells = Faps(context.Reference, ReferenceYear)
            .Where(f => f.IsCare)
            .SelectMany(f => context.Reference.Departments.Select(d => Department(context, f, d.Code, ReferenceYear)))
            .ToList();
        var (dMean, dSd) = MeanSd(cells.Select(c => c.Difficulty).ToList());
        var (rMean, rSd) = MeanSd(cells.Select(c => c.Ratio).ToList());
        return new Moments(dMean, dSd, rMean, rSd);
    }

    /// <summary>The z-score of the offers ratio (the labour-market component).</summary>
    public static double RatioZ(Cell cell, Moments moments) => (cell.Ratio - moments.RatioMean) / moments.RatioSd;

    /// <summary>The principal score: equal-weight mean of the two components' z-scores.</summary>
    public static double Score(Cell cell, Moments moments) =>
        (0.5 * (cell.Difficulty - moments.DifficultyMean) / moments.DifficultySd) + (0.5 * RatioZ(cell, moments));

    /// <summary>The level 1–5 of a score.</summary>
    public static int Level(double score) => 1 + Thresholds.Count(t => score >= t);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, sd);
    }
}
