using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The people a department's platform accompanies, each with one pathway: entry quarter, duration, métier of their
/// project and exit. The people entering in a year are drawn from the stream of (source, department, that year)
/// only, so a person's quarters are the same in every year's file and in every run, whatever years are generated.
/// </summary>
internal static class PlatformPathways
{
    /// <summary>Duration of an accompaniment in quarters (index + 1) and its probability: about 2.4 quarters on average.</summary>
    private static readonly double[] DurationWeights = [0.22, 0.35, 0.23, 0.12, 0.05, 0.03];

    /// <summary>Probability of an exit to a job, then to a training; the rest exit otherwise (abandonment, move, no solution).</summary>
    private const double JobExit = 0.45;
    private const double TrainingExit = 0.18;

    /// <summary>People entering per year in the reference department at full activity.</summary>
    private const double EntrantsPerYear = 130;

    /// <summary>The pathways of the people accompanied in at least one quarter of <paramref name="year"/>, by pseudonym.</summary>
    public static IReadOnlyList<PlatformPathway> AccompaniedIn(GenerationContext context, DepartmentRef department, int year)
    {
        var first = year * 4;
        var last = first + 3;
        return Enumerable.Range(PlatformMetiers.FirstActivityYear, Math.Max(0, year - PlatformMetiers.FirstActivityYear + 1))
            .SelectMany(entryYear => EnteringIn(context, department, entryYear))
            .Where(p => p.FirstQuarter <= last && p.LastQuarter >= first)
            .OrderBy(p => p.PersonId, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<PlatformPathway> EnteringIn(GenerationContext context, DepartmentRef department, int year)
    {
        var metiers = PlatformMetiers.Of(context, department);
        var shares = PlatformMetiers.Shares(metiers);
        var random = context.RandomFor(SourceIds.PlateformeParcours, department.Code, SampleDataGenerator.Year(year));
        var quarterly = EntrantsPerYear * DepartmentPopulations.SizeFactor(department.Code) * PlatformMetiers.Ramp(year) / 4;
        var serial = 0;
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var entrants = random.Count(quarterly, 0.2);
            for (var i = 0; i < entrants; i++)
            {
                var metier = metiers[Draw(random, shares)];
                var start = (year * 4) + quarter;
                var end = start + Draw(random, DurationWeights);
                var outcome = random.NextDouble();
                var exitType = outcome < JobExit ? "Emploi" : outcome < JobExit + TrainingExit ? "Formation" : "Autre";
                var quarterStart = new DateOnly(end / 4, ((end % 4) * 3) + 1, 1);
                var exitDate = quarterStart.AddDays(random.Next(quarterStart.AddMonths(3).DayNumber - quarterStart.DayNumber));
                yield return new PlatformPathway(Pseudonym(context, department, year, serial++), metier, start, end, exitType, exitDate);
            }
        }
    }

    /// <summary>An index drawn with probabilities proportional to <paramref name="weights"/>.</summary>
    private static int Draw(Random random, IReadOnlyList<double> weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>16 hexadecimal digits of a hash, as a platform pseudonymises its case numbers (never a name).</summary>
    private static string Pseudonym(GenerationContext context, DepartmentRef department, int year, int serial)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{context.Options.Seed}|{department.Code}|{year}|{serial}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}

/// <summary>
/// One person's accompaniment: quarters are absolute (year × 4 + quarter − 1), the exit is on <paramref name="LastQuarter"/>
/// (« Emploi », « Formation » or « Autre »), on <paramref name="ExitDate"/>.
/// </summary>
internal sealed record PlatformPathway(string PersonId, string Metier, int FirstQuarter, int LastQuarter, string ExitType, DateOnly ExitDate);
