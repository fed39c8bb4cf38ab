using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// France Travail job seekers by ROME × department × quarter and category (A, ABC): stock at quarter end,
/// registrations over the quarter and, for ABC, exits from the lists over the quarter (stock = previous stock + entries −
/// exits); then, in the national extraction, France for every ROME code (<see cref="FtNationalRows"/>); in the national extraction <c>stat-demandeurs_FR_&lt;YYYY&gt;.csv</c> or a department's
/// own <c>stat-demandeurs_&lt;DEP&gt;_&lt;YYYY&gt;.csv</c> (<see cref="FtExtraction"/>); a department's rows are the same in both.
/// </summary>
internal sealed class FtDemandeursGenerator : ISourceGenerator
{
    public const string FilePrefix = "stat-demandeurs";

    public static readonly string[] Header =
    [
        "codeTypeTerritoire", "codeTerritoire", "libTerritoire", "codeTypeActivite", "codeActivite", "libActivite",
        "codeTypePeriode", "codePeriode", "libPeriode", "categorieCandidat", "nombreDemandeurs", "nombreEntrees", "nombreSorties",
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
        var france = new FtNationalRows();
        foreach (var department in extraction.Departments)
        {
            var firstLine = table.LineCount + 1;
            var written = AppendDepartment(table, context, department, year, france);
            rows += written;
            if (plantDefects && context.WithDefects && department == context.DefectDepartment && year == context.Years[^1] && written > UnparseableRowOfBlock)
            {
                var line = firstLine + UnparseableRowOfBlock - 1;
                table.ReplaceField(line, Array.IndexOf(Header, "nombreDemandeurs"), UnparseableValue);
                defects.Add(new PlantedDefect($"{SourceIds.FtDemandeurs}/{extraction.FileName(FilePrefix, year)}", DefectKinds.TextInNumber,
                    DefectReasons.UnparseableNumber, line, null, null, "nombreDemandeurs", UnparseableValue));
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
            var profile = OtherMetierProfiles.Rome(context, code);
            var random = context.RandomFor(SourceIds.FtDemandeurs, FtExtraction.NationalTerritory, SampleDataGenerator.Year(year), code);
            var flows = new Flows(random, profile.StockA * RomeVolumes.SeekerTrend(year), profile.EntriesA * RomeVolumes.SeekerTrend(year) / 4, profile.AbcFactor, 0.03);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var drawn = flows.Next();
                foreach (var (category, values) in new[] { ("A", drawn.A), ("ABC", drawn.Abc) })
                {
                    string[] measures = [.. values.Select((v, i) => france.Sum(code, quarter, category + i) ?? v)
                        .Select((v, i) => category == "A" && i == 2 ? string.Empty : FtFormat.Int(v))];
                    FtNationalRows.Write(table, code, label, year, quarter, [category, .. measures]);
                    rows++;
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// A code's quarterly job-seeker flows: stock A, entries A and ABC, and ABC exits such that each quarter's ABC stock is
    /// the previous one plus its entries minus its exits (the identity the outflow rate's start-of-year stock relies on).
    /// </summary>
    private sealed class Flows(Random random, double stock, double entries, double abcFactor, double spread)
    {
        private int _previousAbc = random.Count(stock * abcFactor, spread);

        /// <summary>The next quarter: (stock, entries, exits) for category A (exits not published) and for ABC.</summary>
        public (int[] A, int[] Abc) Next()
        {
            var stockA = random.Count(stock, spread);
            var entriesA = random.Count(entries, spread * 2);
            var entriesAbc = (int)Math.Round(entriesA * random.Between(1.2, 1.4));
            var target = (int)Math.Round(stockA * abcFactor * random.Noise(0.04));
            var exitsAbc = Math.Max(0, _previousAbc + entriesAbc - target);
            var stockAbc = _previousAbc + entriesAbc - exitsAbc;
            _previousAbc = stockAbc;
            return ([stockA, entriesA, 0], [stockAbc, entriesAbc, exitsAbc]);
        }
    }

    /// <summary>Writes one department's rows from its own random stream (source, department, year); returns their count.</summary>
    private static int AppendDepartment(CsvTable table, GenerationContext context, DepartmentRef department, int year, FtNationalRows france)
    {
        var traits = DepartmentTraits.Of(context, department.Code);
        var random = context.RandomFor(SourceIds.FtDemandeurs, department.Code, SampleDataGenerator.Year(year));
        var rows = 0;
        foreach (var rome in RomeVolumes.For(context.Reference, year))
        {
            var flows = new Flows(random, rome.SeekersA * traits.Size * RomeVolumes.SeekerTrend(year),
                rome.Entries * traits.Size * RomeVolumes.SeekerTrend(year) / 4, RomeVolumes.AbcFactor, 0.08);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var drawn = flows.Next();
                foreach (var (category, values) in new[] { ("A", drawn.A), ("ABC", drawn.Abc) })
                {
                    table.Add("DEP", department.Code, department.Label, "ROME", rome.Code, rome.Label, "TRIMESTRE",
                        FtFormat.PeriodCode(year, quarter), FtFormat.PeriodLabel(year, quarter), category,
                        FtFormat.Int(values[0]), FtFormat.Int(values[1]), category == "A" ? string.Empty : FtFormat.Int(values[2]));
                    for (var i = 0; i < values.Length; i++)
                    {
                        france.Add(rome.Code, quarter, category + i, values[i]);
                    }

                    rows++;
                }
            }
        }

        return rows;
    }
}
