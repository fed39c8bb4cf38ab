using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// France Travail job seekers by ROME × department × quarter and category (A, ABC): stock at quarter end and
/// registrations over the quarter, in the national extraction <c>stat-demandeurs_FR_&lt;YYYY&gt;.csv</c> or a department's
/// own <c>stat-demandeurs_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c> (<see cref="FtExtraction"/>); a department's rows are the same in both.
/// </summary>
internal sealed class FtDemandeursGenerator : ISourceGenerator
{
    public const string FilePrefix = "stat-demandeurs";

    public static readonly string[] Header =
    [
        "codeTypeTerritoire", "codeTerritoire", "libTerritoire", "codeTypeActivite", "codeActivite", "libActivite",
        "codeTypePeriode", "codePeriode", "libPeriode", "categorieCandidat", "nombreDemandeurs", "nombreEntrees",
    ];

    /// <summary>The value planted as an unparseable number.</summary>
    public const string UnparseableValue = "12x";

    /// <summary>The row of the defect department's block (1 = its first) that receives the unparseable number.</summary>
    private const int UnparseableRowOfBlock = 4;

    public string SourceId => SourceIds.FtDemandeurs;

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from extraction in FtExtraction.Of(context)
        from year in context.Years
        select new PlannedFile($"{SourceId}/{extraction.FileName(FilePrefix, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, extraction, year, plantDefects: true).Content);

    public static (CsvTable Table, FileContent Content) Build(GenerationContext context, FtExtraction extraction, int year, bool plantDefects)
    {
        var table = new CsvTable(FtFormat.Delimiter);
        table.Add(Header);
        var rows = 0;
        var defects = new List<PlantedDefect>();
        foreach (var department in extraction.Departments)
        {
            var firstLine = table.LineCount + 1;
            var written = AppendDepartment(table, context, department, year);
            rows += written;
            if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[^1] && written > UnparseableRowOfBlock)
            {
                var line = firstLine + UnparseableRowOfBlock - 1;
                table.ReplaceField(line, Array.IndexOf(Header, "nombreDemandeurs"), UnparseableValue);
                defects.Add(new PlantedDefect($"{SourceIds.FtDemandeurs}/{extraction.FileName(FilePrefix, year)}", DefectKinds.TextInNumber,
                    DefectReasons.UnparseableNumber, line, null, null, "nombreDemandeurs", UnparseableValue));
            }
        }

        return (table, new FileContent(table.Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), rows, defects));
    }

    /// <summary>Writes one department's rows from its own random stream (source, department, year); returns their count.</summary>
    private static int AppendDepartment(CsvTable table, GenerationContext context, DepartmentRef department, int year)
    {
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

        return rows;
    }
}
