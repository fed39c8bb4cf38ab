using System.Globalization;
using System.Text;
using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Activity of the departmental platform of the care professions (CNSA "plateformes des métiers de l'autonomie"),
/// quarter × métier, from 2022 (start of the CNSA experiment): <c>plateforme_activite_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c>.
/// About 43 % of accompanied people exit to a job or a training; job exits go 28 % AS, 21 % AES, 17 % ADVF.
/// </summary>
internal sealed class PlateformeGenerator : ISourceGenerator
{
    public const int FirstActivityYear = 2022;

    public static readonly string[] Header =
    [
        "Département", "Plateforme", "Année", "Trimestre", "Code métier", "Personnes sensibilisées", "Personnes accompagnées",
        "Entrées en formation", "Sorties en emploi", "Sorties en formation",
    ];

    /// <summary>Share of accompanied people by métier (CNSA 2023 evaluation); other priority métiers share the rest.</summary>
    private static readonly Dictionary<string, double> KnownShares = new(StringComparer.Ordinal) { ["AS"] = 0.28, ["AES"] = 0.21, ["ADVF"] = 0.17 };

    public string SourceId => SourceIds.PlateformeActivite;

    public static string FileName(string department, int year) => $"plateforme_activite_{department}_{year.ToString(CultureInfo.InvariantCulture)}.csv";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from department in context.Departments
        from year in context.Years.Where(y => y >= FirstActivityYear)
        select new PlannedFile($"{SourceId}/{FileName(department.Code, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, department, year, plantDefects: true).Content);

    public static string PlatformName(DepartmentRef department) => "Plateforme des métiers de l'autonomie - " + department.Label;

    /// <summary>Métiers followed by the platform: the department's priorities, else every métier some department ranks a priority.</summary>
    public static IReadOnlyList<string> MetiersOf(GenerationContext context, DepartmentRef department)
    {
        var own = context.Reference.Metiers.Where(m => m.PriorityDepartments.Contains(department.Code, StringComparer.Ordinal)).ToList();
        var chosen = own.Count > 0 ? own : context.Reference.Metiers.Where(m => m.PriorityDepartments.Count > 0).ToList();
        return chosen.Select(m => m.Code).ToList();
    }

    public static (CsvTable Table, FileContent Content) Build(GenerationContext context, DepartmentRef department, int year, bool plantDefects)
    {
        var table = new CsvTable(';');
        table.Add(Header);
        var metiers = MetiersOf(context, department);
        var known = metiers.Where(KnownShares.ContainsKey).Sum(m => KnownShares[m]);
        var others = metiers.Count(m => !KnownShares.ContainsKey(m));
        var random = context.RandomFor(SourceIds.PlateformeActivite, department.Code, SampleDataGenerator.Year(year));
        var ramp = year switch { FirstActivityYear => 0.6, 2023 => 1.0, 2024 => 1.2, _ => 1.3 };
        var yearly = 300 * DepartmentPopulations.SizeFactor(department.Code) * ramp;
        var rows = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            foreach (var metier in metiers)
            {
                var share = KnownShares.TryGetValue(metier, out var s) ? s : (1 - known) / Math.Max(1, others);
                var accompanied = random.Count(yearly / 4 * share, 0.25);
                var informed = random.Count(accompanied * random.Between(3, 5) + 2, 0.1);
                var toJob = Math.Min(accompanied, random.Count(accompanied * 0.30, 0.3));
                var toTraining = Math.Min(accompanied - toJob, random.Count(accompanied * 0.13, 0.4));
                var trainingEntries = random.Count(accompanied * 0.22, 0.3);
                table.Add(department.Code, PlatformName(department), SampleDataGenerator.Year(year), "T" + quarter.ToString(CultureInfo.InvariantCulture),
                    metier, Int(informed), Int(accompanied), Int(trainingEntries), Int(toJob), Int(toTraining));
                rows++;
            }
        }

        var defects = new List<PlantedDefect>();
        if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[^1] && rows >= 2)
        {
            const int line = 3;
            const string negative = "-4";
            table.ReplaceField(line, Array.IndexOf(Header, "Personnes sensibilisées"), negative);
            defects.Add(new PlantedDefect($"{SourceIds.PlateformeActivite}/{FileName(department.Code, year)}", DefectKinds.NegativeValue,
                DefectReasons.NegativeCount, line, null, null, "Personnes sensibilisées", negative));
        }

        return (table, new FileContent(table.Encode(new UTF8Encoding(false), byteOrderMark: false, "\n"), rows, defects));
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
