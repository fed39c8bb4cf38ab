using System.Globalization;

namespace Observatory.SampleData.Internal.Geography;

/// <summary>
/// The handful of communes per department used by the sample files: the real ones of <see cref="KnownCommunes"/>,
/// completed with invented communes whose number starts at 9xx (DROM: 9x) so as not to mimic a real code.
/// </summary>
internal static class CommuneFactory
{
    public const int CommunesPerDepartment = 5;

    private static readonly string[] Stems =
    [
        "Saint-Martin", "Villeneuve", "Beaulieu", "Montfort", "Châteauneuf", "Fontaine", "Sainte-Marie",
        "Belleville", "Roche", "Mérignac-Vieux", "Val-Fleuri", "Sainte-Hélène",
    ];

    private static readonly string[] Suffixes =
    [
        "-sur-Rivière", "-les-Prés", "-en-Val", "-de-l'Étang", "-la-Forêt", "-des-Champs", "-le-Château", "-du-Bois",
    ];

    public static IReadOnlyList<SyntheticCommune> For(string departmentCode, int seed)
    {
        var communes = KnownCommunes.Of(departmentCode)
            .Select(c => new SyntheticCommune(c.Code, c.Label, departmentCode, Invented: false))
            .ToList();
        var random = StableSeed.For(seed, "communes", departmentCode);
        var isOverseas = departmentCode.Length == 3;
        for (var i = 0; communes.Count < CommunesPerDepartment; i++)
        {
            var number = isOverseas
                ? (91 + i).ToString(CultureInfo.InvariantCulture)
                : (901 + (i * 7)).ToString(CultureInfo.InvariantCulture);
            var label = random.Pick(Stems) + random.Pick(Suffixes);
            if (communes.Exists(c => c.Label == label))
            {
                label += " " + (i + 2).ToString(CultureInfo.InvariantCulture);
            }

            communes.Add(new SyntheticCommune(departmentCode + number, label, departmentCode, Invented: true));
        }

        return communes;
    }
}
