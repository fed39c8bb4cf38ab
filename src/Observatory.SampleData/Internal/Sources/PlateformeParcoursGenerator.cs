using System.Globalization;
using System.Text;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The platform's person-level follow-up, from 2022: <c>plateforme_parcours_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c>, one row per
/// pseudonymous person × quarter of accompaniment in the year, the exit (type and date) on the last quarter
/// (<see cref="PlatformPathways"/>). About 43 % of the people accompanied in a year exit to a job or a training that year.
/// </summary>
internal sealed class PlateformeParcoursGenerator : ISourceGenerator
{
    public static readonly string[] Header =
        ["Identifiant", "Département", "Plateforme", "Année", "Trimestre", "Code métier", "Statut", "Type de sortie", "Date de sortie"];

    public string SourceId => SourceIds.PlateformeParcours;

    public static string FileName(string department, int year) => $"plateforme_parcours_{department}_{year.ToString(CultureInfo.InvariantCulture)}.csv";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from department in context.Departments
        from year in context.Years.Where(y => y >= PlatformMetiers.FirstActivityYear)
        select new PlannedFile($"{SourceId}/{FileName(department.Code, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, department, year));

    private static FileContent Build(GenerationContext context, DepartmentRef department, int year)
    {
        var table = new CsvTable(';');
        table.Add(Header);
        var platform = PlatformMetiers.PlatformName(department);
        var yearText = SampleDataGenerator.Year(year);
        int? firstExitLine = null;
        foreach (var person in PlatformPathways.AccompaniedIn(context, department, year))
        {
            for (var quarter = Math.Max(person.FirstQuarter, year * 4); quarter <= Math.Min(person.LastQuarter, (year * 4) + 3); quarter++)
            {
                var exits = quarter == person.LastQuarter;
                var line = table.Add(person.PersonId, department.Code, platform, yearText, "T" + ((quarter % 4) + 1).ToString(CultureInfo.InvariantCulture),
                    person.Metier, exits ? "Sortie" : "En cours", exits ? person.ExitType : string.Empty,
                    exits ? person.ExitDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty);
                firstExitLine ??= exits ? line : null;
            }
        }

        var defects = new List<PlantedDefect>();
        if (context.WithDefects && department == context.DefectDepartment && year == context.Years[^1] && firstExitLine is { } exitLine)
        {
            // An exit whose date the platform forgot: quarantined by the contract's exit_described rule.
            table.ReplaceField(exitLine, Array.IndexOf(Header, "Date de sortie"), string.Empty);
            defects.Add(new PlantedDefect($"{SourceIds.PlateformeParcours}/{FileName(department.Code, year)}", DefectKinds.ExitWithoutDate,
                DefectReasons.InconsistentValues, exitLine, null, null, "Date de sortie", string.Empty));
        }

        return new FileContent(table.Encode(new UTF8Encoding(false), byteOrderMark: false, "\n"), table.LineCount - 1, defects);
    }
}
