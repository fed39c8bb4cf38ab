using System.Globalization;
using System.Text;
using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Quarterly activity report of the departmental platform of the care professions (CNSA "plateformes des métiers de
/// l'autonomie"), from 2022: <c>plateforme_activite_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c>, quarter × métier. Since contract
/// version 2 it holds only the contacts of information actions (« Personnes sensibilisées »), three to five per person
/// accompanied; persons are in <see cref="PlateformeParcoursGenerator"/>'s file.
/// </summary>
internal sealed class PlateformeGenerator : ISourceGenerator
{
    public static readonly string[] Header = ["Département", "Plateforme", "Année", "Trimestre", "Code métier", "Personnes sensibilisées"];

    public string SourceId => SourceIds.PlateformeActivite;

    public static string FileName(string department, int year) => $"plateforme_activite_{department}_{year.ToString(CultureInfo.InvariantCulture)}.csv";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from department in context.Departments
        from year in context.Years.Where(y => y >= PlatformMetiers.FirstActivityYear)
        select new PlannedFile($"{SourceId}/{FileName(department.Code, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, department, year, plantDefects: true).Content);

    public static (CsvTable Table, FileContent Content) Build(GenerationContext context, DepartmentRef department, int year, bool plantDefects)
    {
        var table = new CsvTable(';');
        table.Add(Header);
        var metiers = PlatformMetiers.Of(context, department);
        var shares = PlatformMetiers.Shares(metiers);
        var random = context.RandomFor(SourceIds.PlateformeActivite, department.Code, SampleDataGenerator.Year(year));
        var quarterly = 75 * DepartmentPopulations.SizeFactor(department.Code) * PlatformMetiers.Ramp(year);
        var rows = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            for (var m = 0; m < metiers.Count; m++)
            {
                var contacts = random.Count((quarterly * shares[m] * random.Between(3, 5)) + 2, 0.1);
                table.Add(department.Code, PlatformMetiers.PlatformName(department), SampleDataGenerator.Year(year),
                    "T" + quarter.ToString(CultureInfo.InvariantCulture), metiers[m], contacts.ToString(CultureInfo.InvariantCulture));
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
}
