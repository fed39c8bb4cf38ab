using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>France Travail offers by ROME × department × quarter: <c>stat-offres_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c>.</summary>
internal sealed class FtOffresGenerator : ISourceGenerator
{
    public static readonly string[] Header =
    [
        "codeTypeTerritoire", "codeTerritoire", "libTerritoire", "codeTypeActivite", "codeActivite", "libActivite",
        "codeTypePeriode", "codePeriode", "libPeriode", "origineOffre", "nombreOffres",
    ];

    public string SourceId => SourceIds.FtOffres;

    public static string FileName(string department, int year) => $"stat-offres_{department}_{year.ToString(CultureInfo.InvariantCulture)}.csv";

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
                rows++;
            }
        }

        var defects = new List<PlantedDefect>();
        if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[0] && rows > 2)
        {
            var duplicate = table.AddRaw(table.GetLine(3));
            rows++;
            defects.Add(new PlantedDefect($"{SourceIds.FtOffres}/{FileName(department.Code, year)}", DefectKinds.DuplicatedRow,
                DefectReasons.DuplicateKey, duplicate, null, null, null, null));
        }

        return (table, new FileContent(table.Encode(FtFormat.Encoding, byteOrderMark: true, FtFormat.NewLine), rows, defects));
    }
}
