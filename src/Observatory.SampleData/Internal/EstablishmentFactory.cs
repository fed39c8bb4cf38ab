using System.Globalization;
using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Reference;
using Observatory.SampleData.Internal.Sources;

namespace Observatory.SampleData.Internal;

/// <summary>Creates the sample establishments of one department from the FINESS categories of the reference list.</summary>
internal static class EstablishmentFactory
{
    private static readonly string[] Names =
    [
        "Les Jardins de l'Étang", "Les Tilleuls", "Le Clos Fleuri", "Les Églantines", "Saint-Joseph", "La Roseraie",
        "Les Hêtres", "Bellevue", "Le Château Vert", "Les Acacias", "Notre-Dame", "Les Mûriers", "L'Orée du Bois",
        "Les Sources", "Le Prieuré", "La Maison des Aînés", "Les Genêts", "Val Fleuri", "Les Cèdres", "L'Arc-en-Ciel",
    ];

    private static readonly string[] Streets =
    [
        "rue de la République", "avenue du Général de Gaulle", "chemin des Écoles", "rue Pasteur", "place de l'Église",
        "rue des Frères Lumière", "allée des Érables", "boulevard Victor Hugo", "route de la Forêt", "rue Jean Jaurès",
    ];

    public static IReadOnlyList<Establishment> Create(GenerationContext context, DepartmentRef department)
    {
        var random = context.RandomFor("establishments", department.Code);
        var communes = CommuneFactory.For(department.Code, context.Options.Seed);
        var size = DepartmentPopulations.SizeFactor(department.Code);
        var (lat, lon) = DepartmentCentroids.Of(department.Code, context.Options.Seed);
        var result = new List<Establishment>();
        var serial = 100;
        foreach (var category in context.Reference.FinessCategories)
        {
            var profile = StaffingProfiles.For(category.Code);
            var staffing = profile.Mix.Where(m => context.Reference.HasMetier(m.Metier)).ToArray();
            if (staffing.Length == 0)
            {
                continue;
            }

            var count = random.Count(profile.PerHalfMillion * size, 0.25);
            for (var i = 0; i < count; i++)
            {
                serial += 1 + random.Next(40);
                var commune = communes[Math.Min(communes.Count - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * communes.Count))];
                var name = random.Pick(Names);
                var prefix = profile.Prefix.Length > 0 ? profile.Prefix : category.Label;
                var longName = prefix + " " + name + (random.Next(3) == 0 ? " - " + commune.Label : string.Empty);
                var (x, y) = Lambert93.Project(lat + random.Between(-0.3, 0.3), lon + random.Between(-0.4, 0.4));
                result.Add(new Establishment(
                    FinessNumber: FinessNumbers.Build(department.Code, serial),
                    LegalEntityNumber: FinessNumbers.Build(department.Code, 7_000 + random.Next(900)),
                    ShortName: ToFinessShortName(longName),
                    LongName: longName,
                    Category: category,
                    Commune: commune,
                    Street: (1 + random.Next(80)).ToString(CultureInfo.InvariantCulture) + " " + random.Pick(Streets),
                    Siret: random.Next(3) == 0 ? string.Empty : Siret(random),
                    Opened: new DateOnly(1965 + random.Next(57), 1 + random.Next(12), 1 + random.Next(28)),
                    X: Math.Round(x, 1),
                    Y: Math.Round(y, 1),
                    BaseHeadcount: Math.Max(4, random.Count(profile.Headcount, 0.45)),
                    Staffing: staffing));
            }
        }

        return result;
    }

    /// <summary>FINESS short names are upper case without accents and at most 38 characters.</summary>
    private static string ToFinessShortName(string longName)
    {
        var plain = new string(longName.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .ToArray()).ToUpperInvariant();
        return plain.Length <= 38 ? plain : plain[..38].TrimEnd();
    }

    private static string Siret(Random random)
    {
        var digits = new char[14];
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        digits[0] = (char)('1' + random.Next(9));
        return new string(digits);
    }
}
