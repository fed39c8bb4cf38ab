using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// France Travail job seekers by ROME × department × quarter and category (A, ABC): stock at quarter end and
/// registrations over the quarter, in <c>stat-demandeurs_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c>.
/// </summary>
internal sealed class FtDemandeursGenerator : ISourceGenerator
{
    public static readonly string[] Header =
    [
        "codeTypeTerritoire", "codeTerritoire", "libTerritoire", "codeTypeActivite", "codeActivite", "libActivite",
        "codeTypePeriode", "codePeriode", "libPeriode", "categorieCandidat", "nombreDemandeurs", "nombreEntrees",
    ];

    /// <summary>The value planted as an unparseable number.</summary>
    public const string UnparseableValue = "12x";

    public string SourceId => SourceIds.FtDemandeurs;

    public static string FileName(string department, int year) => $"stat-demandeurs_{department}_{year.ToString(CultureInfo.InvariantCulture)}.csv";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from department in context.Departments
        from year in context.Years
        select new PlannedFile($"{SourceId}/{FileName(department.Code, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, department, year, plantDefects: true).Content);

    public static (CsvTable Table, FileContent Content) Build(GenerationContext context, DepartmentRef department, int year, bool plantDefects)
    {
        var table = new CsvTable(FtFormat.Delimiter);
        table.Add(Header);
        var traits = DepartmentTraits.Of(context, department.Code);
        var random = context.RandomFor(SourceIds.FtDemandeurs, department.Code, SampleDataGenerator.Year(year));
        var rows = 0;
        foreach (var rome in RomeVolumes.For(context.Reference, year))
        {
            var stock = rome.SeekersA * traits.Size * RomeVolumes.SeekerTrend(year);
            var entries = rome.Entries * traits.Size * RomeVolumes.SeekerTrend(year) / 4;
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var stockA = random.Count(stock, 0.08);
                var entriesA = random.Count(entries, 0.15);
                var stockAbc = (int)Math.Round(stockA * random.Between(1.6, 1.85));
                var entriesAbc = (int)Math.Round(entriesA * random.Between(1.2, 1.4));
                foreach (var (category, seekers, entered) in new[] { ("A", stockA, entriesA), ("ABC", stockAbc, entriesAbc) })
                {
                    table.Add("DEP", department.Code, department.Label, "ROME", rome.Code, rome.Label, "TRIMESTRE",
                        FtFormat.PeriodCode(year, quarter), FtFormat.PeriodLabel(year, quarter), category,
                        FtFormat.Int(seekers), FtFormat.Int(entered));
                    rows++;
                }
            }
        }

        var defects = new List<PlantedDefect>();
        if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[^1] && rows > 4)
        {
            const int line = 5;
            table.ReplaceField(line, Array.IndexOf(Header, "nombreDemandeurs"), UnparseableValue);
            defects.Add(new PlantedDefect($"{SourceIds.FtDemandeurs}/{FileName(department.Code, year)}", DefectKinds.TextInNumber,
                DefectReasons.UnparseableNumber, line, null, null, "nombreDemandeurs", UnparseableValue));
        }

        return (table, new FileContent(table.Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), rows, defects));
    }
}
