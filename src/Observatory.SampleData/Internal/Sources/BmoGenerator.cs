using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// France Travail BMO: one workbook per millésime, bassin × métier rows for every department of France (or the covered
/// ones, <see cref="GenerationContext.NationalSourceDepartments"/>), each from its own random stream.
/// </summary>
internal sealed class BmoGenerator : ISourceGenerator
{
    /// <summary>Counts at or below this value are published as <c>*</c> (the real threshold is not published).</summary>
    public const int MaskThreshold = 3;

    public string SourceId => SourceIds.Bmo;

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        context.Years.Select(year => new PlannedFile(
            $"{SourceId}/{BmoLayout.FileName(year)}", SourceId, year.ToString(CultureInfo.InvariantCulture), false,
            () => Build(context, year)));

    public static FileContent Build(GenerationContext context, int year)
    {
        var columns = BmoLayout.Columns(year);
        var description = new SheetContent(BmoLayout.DescriptionSheetName);
        description.Add("Variable", "Description");
        foreach (var (header, field) in columns)
        {
            description.Add(header, BmoLayout.Describe(field));
        }

        var data = new SheetContent(BmoLayout.DataSheetName(year));
        data.Add([.. columns.Select(c => SheetCell.Of(c.Header))]);
        var metiers = BmoMetiers.For(context, year);
        var defects = new List<PlantedDefect>();
        var rows = 0;
        foreach (var department in context.NationalSourceDepartments)
        {
            var plantDefects = context.WithDefects && year == context.Years[0] && department == context.DefectDepartment;
            var written = WriteDepartment(context, department, year, metiers, columns, data);
            rows += written.Count;
            if (plantDefects)
            {
                defects.AddRange(PlantDefects(year, data, columns, written));
            }
        }

        var bytes = XlsxWriter.Write([description, data], "France Travail");
        return new FileContent(bytes, rows, defects);
    }

    private static List<int> WriteDepartment(
        GenerationContext context, DepartmentRef department, int year, IReadOnlyList<BmoMetiers.BmoMetier> metiers,
        IReadOnlyList<(string Header, BmoLayout.Field Field)> columns, SheetContent data)
    {
        var traits = DepartmentTraits.Of(context, department.Code);
        var bassins = BassinsOf(context.Reference, department.Code, year);
        var shareRandom = context.RandomFor("bmo-bassin-shares", department.Code);
        var shares = bassins.Select(_ => shareRandom.Between(0.3, 1.7)).ToArray();
        var random = context.RandomFor(SourceIds.Bmo, department.Code, year.ToString(CultureInfo.InvariantCulture));
        var region = context.Reference.Region(department.RegionCode);
        var written = new List<int>();
        for (var b = 0; b < bassins.Count; b++)
        {
            var bassinShare = shares[b] / shares.Sum();
            foreach (var metier in metiers)
            {
                var met = random.Count(metier.Projects * traits.Size * traits.DemandBias * MetierProfiles.VolumeTrend(year) * bassinShare, 0.2);
                if (met == 0 || !IsPresent(context, bassins[b].Code, metier))
                {
                    continue;
                }

                var difficulty = Math.Clamp(metier.Difficulty + MetierProfiles.DifficultyShift(year) + traits.DifficultyBias + random.Between(-0.03, 0.03), 0.05, 0.97);
                var xmet = (int)Math.Round(met * difficulty, MidpointRounding.AwayFromZero);
                var smet = (int)Math.Round(met * metier.Seasonal * random.Noise(0.5), MidpointRounding.AwayFromZero);
                var cells = columns.Select(c => c.Field switch
                {
                    BmoLayout.Field.Year => SheetCell.Of(year),
                    BmoLayout.Field.FamilyCode => SheetCell.Of(metier.FamilyCode),
                    BmoLayout.Field.FamilyLabel => SheetCell.Of(metier.FamilyLabel),
                    BmoLayout.Field.MetierCode => SheetCell.Of(metier.Code),
                    BmoLayout.Field.MetierLabel => SheetCell.Of(metier.Label),
                    BmoLayout.Field.BassinCode => BassinCell(bassins[b].Code),
                    BmoLayout.Field.BassinLabel => SheetCell.Of(bassins[b].Label),
                    BmoLayout.Field.Department => DepartmentCell(department.Code),
                    BmoLayout.Field.DepartmentLabel => SheetCell.Of(department.Label),
                    BmoLayout.Field.Region => SheetCell.Of(department.RegionCode),
                    BmoLayout.Field.RegionLabel => SheetCell.Of(region.Label),
                    BmoLayout.Field.Clpe => SheetCell.Of(FinessNumbers.Prefix(department.Code) + (b + 1).ToString("000", CultureInfo.InvariantCulture)),
                    BmoLayout.Field.Projects => Count(met),
                    BmoLayout.Field.Difficult => Count(xmet),
                    BmoLayout.Field.Seasonal => Count(smet),
                    _ => SheetCell.Empty,
                }).ToArray();
                written.Add(data.Add(cells));
            }
        }

        return written;
    }

    /// <summary>
    /// Whether a métier outside the sector has a row in a bassin: as in the published files, where a bassin holds about
    /// 60 % of the ~220 métiers (BMO 2026: 53 786 rows for ~400 bassins), not every one. Drawn once per bassin × code, so
    /// a bassin's métiers are the same every year; the sector's métiers are always present.
    /// </summary>
    private static bool IsPresent(GenerationContext context, string bassin, BmoMetiers.BmoMetier metier) =>
        metier.InSector || context.RandomFor("bmo-presence", bassin, metier.Code).NextDouble() < NonSectorPresence;

    /// <summary>Share of the bassins where a métier outside the sector has a row.</summary>
    private const double NonSectorPresence = 0.6;

    /// <summary>Excel stores department codes 01–09 as numbers (the Ain arrives as 1); others stay text.</summary>
    private static SheetCell DepartmentCell(string code) =>
        code.Length == 2 && code[0] == '0' && char.IsAsciiDigit(code[1]) ? SheetCell.Of(code[1] - '0') : SheetCell.Of(code);

    /// <summary>Bassin codes are numeric cells, so <c>0101</c> loses its leading zero as in the published files.</summary>
    private static SheetCell BassinCell(string code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? SheetCell.Of(number) : SheetCell.Of(code);

    private static SheetCell Count(int value) => value is > 0 and <= MaskThreshold ? SheetCell.Of("*") : SheetCell.Of(value);

    /// <summary>Bassins of a department, preferring the rows of the same millésime when the list is versioned.</summary>
    public static IReadOnlyList<BassinRef> BassinsOf(SampleReference reference, string departmentCode, int year)
    {
        var all = reference.Bassins.Where(b => b.DepartmentCode == departmentCode).ToList();
        var millesime = year.ToString(CultureInfo.InvariantCulture);
        var same = all.Where(b => b.Millesime == millesime).ToList();
        if (same.Count > 0)
        {
            return same;
        }

        var latest = all.Select(b => b.Millesime).Where(m => string.CompareOrdinal(m, millesime) <= 0).DefaultIfEmpty(string.Empty).Max(StringComparer.Ordinal);
        var chosen = all.Where(b => b.Millesime == latest).ToList();
        return chosen.Count > 0 ? chosen : all.GroupBy(b => b.Code, StringComparer.Ordinal).Select(g => g.First()).ToList();
    }

    private static IEnumerable<PlantedDefect> PlantDefects(
        int year, SheetContent data, IReadOnlyList<(string Header, BmoLayout.Field Field)> columns, List<int> rows)
    {
        var path = $"{SourceIds.Bmo}/{BmoLayout.FileName(year)}";
        var metColumn = IndexOf(columns, BmoLayout.Field.Projects);
        var xmetColumn = IndexOf(columns, BmoLayout.Field.Difficult);
        var deptColumn = IndexOf(columns, BmoLayout.Field.Department);
        var numericRows = rows.Where(r => data.Rows[r - 1][metColumn].Kind == SheetCellKind.Number && data.Rows[r - 1][metColumn].Number >= 10).ToList();
        if (numericRows.Count < 2)
        {
            yield break;
        }

        var xmetRow = numericRows[0];
        var met = data.Rows[xmetRow - 1][metColumn].Number;
        data.Rows[xmetRow - 1][xmetColumn] = SheetCell.Of(met + 7);
        yield return new PlantedDefect(path, DefectKinds.DifficultAboveTotal, DefectReasons.XmetGreaterThanMet,
            null, data.Name, xmetRow, columns[xmetColumn].Header, (met + 7).ToString(CultureInfo.InvariantCulture));

        var deptRow = numericRows[^1];
        data.Rows[deptRow - 1][deptColumn] = SheetCell.Of(UnknownDepartmentCode);
        yield return new PlantedDefect(path, DefectKinds.UnknownDepartment, DefectReasons.UnknownCode,
            null, data.Name, deptRow, columns[deptColumn].Header, UnknownDepartmentCode);
    }

    /// <summary>A department code that exists in no COG vintage.</summary>
    public const string UnknownDepartmentCode = "00";

    private static int IndexOf(IReadOnlyList<(string Header, BmoLayout.Field Field)> columns, BmoLayout.Field field)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Field == field)
            {
                return i;
            }
        }

        return -1;
    }
}
