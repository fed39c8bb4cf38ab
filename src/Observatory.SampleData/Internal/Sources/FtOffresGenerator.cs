using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// France Travail offers by ROME × department × quarter: the national extraction <c>stat-offres_FR_&lt;YYYY&gt;.csv</c> (every
/// department, then France for every ROME code, <see cref="FtNationalRows"/>) or a department's own
/// <c>stat-offres_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c> (<see cref="FtExtraction"/>); a department's rows are the same in both.
/// </summary>
internal sealed class FtOffresGenerator : ISourceGenerator
{
    public const string FilePrefix = "stat-offres";

    public static readonly string[] Header =
    [
        "codeTypeTerritoire", "codeTerritoire", "libTerritoire", "codeTypeActivite", "codeActivite", "libActivite",
        "codeTypePeriode", "codePeriode", "libPeriode", "origineOffre", "nombreOffres",
    ];

    public string SourceId => SourceIds.FtOffres;

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
        var france = new FtNationalRows();
        foreach (var department in extraction.Departments)
        {
            var firstLine = table.LineCount + 1;
            var written = AppendDepartment(table, context, department, year, france);
            rows += written;
            if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[0] && written > 2)
            {
                // The department's second row again, at the end of its block.
                var duplicate = table.AddRaw(table.GetLine(firstLine + 1));
                rows++;
                defects.Add(new PlantedDefect($"{SourceIds.FtOffres}/{extraction.FileName(FilePrefix, year)}", DefectKinds.DuplicatedRow,
                    DefectReasons.DuplicateKey, duplicate, null, null, null, null));
            }
        }

        if (extraction.Territory == FtExtraction.NationalTerritory)
        {
            rows += AppendFrance(table, context, year, france);
        }

        return (table, new FileContent(table.Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), rows, defects));
    }

    /// <summary>France's rows for every ROME code of the year (<see cref="FtNationalRows"/>); returns their count.</summary>
    private static int AppendFrance(CsvTable table, GenerationContext context, int year, FtNationalRows france)
    {
        var rows = 0;
        foreach (var (code, label) in FtNationalRows.Codes(context, year))
        {
            var random = context.RandomFor(SourceIds.FtOffres, FtExtraction.NationalTerritory, SampleDataGenerator.Year(year), code);
            var yearly = OtherMetierProfiles.Rome(context, code).Offers * MetierProfiles.VolumeTrend(year);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var offers = france.Sum(code, quarter, "offers") ?? random.Count(yearly * RomeVolumes.QuarterWeights[quarter - 1], 0.1);
                FtNationalRows.Write(table, code, label, year, quarter, "TOFF", FtFormat.Int(offers));
                rows++;
            }
        }

        return rows;
    }

    /// <summary>Writes one department's rows from its own random stream (source, department, year); returns their count.</summary>
    private static int AppendDepartment(CsvTable table, GenerationContext context, DepartmentRef department, int year, FtNationalRows france)
    {
        var traits = DepartmentTraits.Of(context, department.Code);
        var random = context.RandomFor(SourceIds.FtOffres, department.Code, SampleDataGenerator.Year(year));
        var rows = 0;
        foreach (var rome in RomeVolumes.For(context.Reference, year))
        {
            var yearly = rome.Offers * traits.Size * traits.DemandBias * MetierProfiles.VolumeTrend(year);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var offers = random.Count(yearly * RomeVolumes.QuarterWeights[quarter - 1], 0.2);
                table.Add("DEP", department.Code, department.Label, "ROME", rome.Code, rome.Label, "TRIMESTRE",
                    FtFormat.PeriodCode(year, quarter), FtFormat.PeriodLabel(year, quarter), "TOFF", FtFormat.Int(offers));
                france.Add(rome.Code, quarter, "offers", offers);
                rows++;
            }
        }

        return rows;
    }
}
