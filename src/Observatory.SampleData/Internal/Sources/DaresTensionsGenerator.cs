using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// DARES / France Travail tensions by métier: one workbook per year, a national sheet for every FAP code of that year's BMO
/// sample and regional and departmental sheets (every department of the reference list) for the FAP codes of the sector
/// (<see cref="DaresTensionModel"/>); the published file has every FAP at every level, the sample keeps the demo fast. As in
/// the published file, France excludes Mayotte (its rows are « n.d. »), a regional or departmental cell whose employment is
/// below <see cref="MinimumEmployment"/> has « n.d. » as index and levels and only an imputed index (its parent's), and the
/// index is written as a full-precision double.
/// </summary>
internal sealed class DaresTensionsGenerator : ISourceGenerator
{
    /// <summary>Employment (rounded) under which a regional or departmental cell's volume is insufficient: index imputed.</summary>
    public const double MinimumEmployment = 300;

    /// <summary>The department outside the DARES field (France hors Mayotte).</summary>
    public const string OutsideDepartment = "976";

    /// <summary>Standard deviation of DARES's own noise on the score (other components, national data).</summary>
    private const double CellNoise = 0.3;

    /// <summary>Standard deviation of a per-FAP shift (the components the observatory does not compute).</summary>
    private const double FapShift = 0.15;

    public string SourceId => SourceIds.DaresTensions;

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        context.Years.Select(year => new PlannedFile($"{SourceId}/{DaresTensionsLayout.FileName(year)}", SourceId,
            SampleDataGenerator.Year(year), false, () => Build(context, year)));

    private static FileContent Build(GenerationContext context, int year)
    {
        var reference = context.Reference;
        var moments = DaresTensionModel.ReferenceMoments(context);
        var faps = DaresTensionModel.Faps(context, year);
        var departments = reference.Departments.Where(d => d.Code != OutsideDepartment).ToList();
        var outsideRegion = reference.Departments.FirstOrDefault(d => d.Code == OutsideDepartment)?.RegionCode;
        var national = Sheet(year, "Nat");
        var regional = Sheet(year, "Reg");
        var departmental = Sheet(year, "Dep");
        var coarse = new SheetContent("FAP 87 x Nat");
        coarse.Add([.. DaresTensionsLayout.Header(year, "Nat").Select(h => SheetCell.Of(h == DaresTensionsLayout.CodeColumn(year) ? "Code FAP 87" : h))]);
        foreach (var fap in faps)
        {
            var shift = FapShift * DaresTensionModel.Gaussian(context.RandomFor("dares-fap-shift", fap.Code));
            var byDepartment = departments.ToDictionary(d => d.Code, d => DaresTensionModel.Department(context, fap, d.Code, year), StringComparer.Ordinal);
            var france = Draw(context, year, "NAT", "FR", fap, DaresTensionModel.Combine(byDepartment.Values), moments, shift, parent: null);
            national.Add(Row(year, fap.Code, [], france, withImputed: false));
            if (!fap.InSector)
            {
                continue;
            }

            foreach (var region in reference.Regions)
            {
                var cells = departments.Where(d => d.RegionCode == region.Code).Select(d => byDepartment[d.Code]).ToList();
                var regionCell = region.Code == outsideRegion || cells.Count == 0
                    ? null
                    : Draw(context, year, "REG", region.Code, fap, DaresTensionModel.Combine(cells), moments, shift, france.Published);
                regional.Add(Row(year, fap.Code, [CodeCell(region.Code)], regionCell, withImputed: true));
                foreach (var department in reference.Departments.Where(d => d.RegionCode == region.Code))
                {
                    var cell = regionCell is null || !byDepartment.TryGetValue(department.Code, out var inputs)
                        ? null
                        : Draw(context, year, "DEP", department.Code, fap, inputs, moments, shift, regionCell.Published);
                    departmental.Add(Row(year, fap.Code, [CodeCell(region.Code), SheetCell.Of(department.Code)], cell, withImputed: true));
                }
            }
        }

        var sheets = new List<SheetContent> { Notice(year) };
        if (DaresTensionsLayout.FapLevel(year) == "225")
        {
            AddCoarseFamilies(context, year, faps, departments, moments, coarse);
            sheets.Add(coarse);
        }

        sheets.AddRange([national, regional, departmental]);
        var rows = national.Rows.Count + regional.Rows.Count + departmental.Rows.Count - 3;
        return new FileContent(XlsxWriter.Write(sheets, "DARES"), rows);
    }

    /// <summary>One territory's published values: score with DARES's noise, its level and components, or an imputed index below the volume threshold.</summary>
    private static Official Draw(
        GenerationContext context, int year, string level, string code, DaresTensionModel.Fap fap, DaresTensionModel.Cell cell,
        DaresTensionModel.Moments moments, double shift, double? parent)
    {
        var random = context.RandomFor(SourceIds.DaresTensions, SampleDataGenerator.Year(year), level, code, fap.Code);
        var employment = Math.Max(100, Math.Round(cell.Employment / 100, MidpointRounding.AwayFromZero) * 100);
        var score = DaresTensionModel.Score(cell, moments) + shift + (CellNoise * DaresTensionModel.Gaussian(random));
        if (parent is { } imputed && employment < MinimumEmployment)
        {
            return new Official(employment, null, imputed, [], null);
        }

        var ratioZ = DaresTensionModel.RatioZ(cell, moments);
        int[] components =
        [
            ComponentLevel(ratioZ + (0.6 * DaresTensionModel.Gaussian(random))),
            ComponentLevel((0.8 * DaresTensionModel.Gaussian(context.RandomFor("dares-training-link", fap.Code))) + (0.3 * DaresTensionModel.Gaussian(random))),
            ComponentLevel((0.8 * ratioZ) + (0.5 * DaresTensionModel.Gaussian(random))),
            ComponentLevel((0.8 * DaresTensionModel.Gaussian(context.RandomFor("dares-non-durable", fap.Code))) + (0.3 * DaresTensionModel.Gaussian(random))),
            ComponentLevel((0.8 * DaresTensionModel.Gaussian(context.RandomFor("dares-conditions", fap.Code))) + (0.2 * DaresTensionModel.Gaussian(random))),
            ComponentLevel(0.9 * DaresTensionModel.Gaussian(random)),
        ];
        return new Official(employment, score, score, components, DaresTensionModel.Level(score, moments));
    }

    /// <summary>A complementary dimension's level: the quintile of a roughly standard-normal score (cut at ±0.84, ±0.25).</summary>
    private static int ComponentLevel(double z) => 1 + new[] { -0.8416, -0.2533, 0.2533, 0.8416 }.Count(t => z >= t);

    /// <summary>A data row; <paramref name="official"/> null = outside the field (every value « n.d. »).</summary>
    private static SheetCell[] Row(int year, string fapCode, SheetCell[] territory, Official? official, bool withImputed)
    {
        var na = SheetCell.Of(DaresTensionsLayout.Unavailable);
        var cells = new List<SheetCell> { SheetCell.Of(fapCode) };
        cells.AddRange(territory);
        cells.Add(official is null ? na : SheetCell.Of(official.Employment));
        cells.Add(official?.Score is { } score ? SheetCell.Of(score) : na);
        cells.Add(official?.Level is { } level ? SheetCell.Of(level) : na);
        cells.AddRange(official is { Components.Length: > 0 } o ? o.Components.Select(c => SheetCell.Of(c)) : DaresTensionsLayout.Components.Select(_ => na));
        cells.Add(SheetCell.Of(year));
        if (withImputed)
        {
            cells.Add(official?.Imputed is { } imputed ? SheetCell.Of(imputed) : na);
        }

        return [.. cells];
    }

    /// <summary>The national sheet of the FAP 87 families (first three characters), which the contract ignores.</summary>
    private static void AddCoarseFamilies(
        GenerationContext context, int year, IReadOnlyList<DaresTensionModel.Fap> faps, IReadOnlyList<DepartmentRef> departments,
        DaresTensionModel.Moments moments, SheetContent sheet)
    {
        foreach (var family in faps.GroupBy(f => f.Code[..3], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var cells = family.SelectMany(f => departments.Select(d => DaresTensionModel.Department(context, f, d.Code, year))).ToList();
            var fap = new DaresTensionModel.Fap(family.Key, 0, 0, 0, 0, IsCare: false);
            sheet.Add(Row(year, family.Key, [], Draw(context, year, "NAT87", "FR", fap, DaresTensionModel.Combine(cells), moments, 0, null), withImputed: false));
        }
    }

    private static SheetContent Sheet(int year, string level)
    {
        var sheet = new SheetContent(DaresTensionsLayout.SheetName(year, level));
        sheet.Add([.. DaresTensionsLayout.Header(year, level).Select(SheetCell.Of)]);
        return sheet;
    }

    private static SheetContent Notice(int year)
    {
        var notice = new SheetContent(DaresTensionsLayout.NoticeSheet);
        notice.Add(SheetCell.Of($"Les tensions sur le marché du travail en {year.ToString(CultureInfo.InvariantCulture)} — données par famille professionnelle"));
        notice.Add(SheetCell.Of("Source : DARES, France Travail (données synthétiques d'exemple)."));
        notice.Add(SheetCell.Of("n.d. : non disponible. Champ : France hors Mayotte."));
        notice.Add(SheetCell.Of("Tension (Valeurs imputées: volumétrie insuffisantes) : indicateur principal complété là où la volumétrie est insuffisante."));
        return notice;
    }

    /// <summary>Region codes are numeric cells (Guadeloupe = 1), as in the published file.</summary>
    private static SheetCell CodeCell(string code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? SheetCell.Of(number) : SheetCell.Of(code);

    /// <summary>The values of one territory: employment, the score (null when imputed), the imputed index column, the six component levels.</summary>
    private sealed record Official(double Employment, double? Score, double? Imputed, int[] Components, int? Level)
    {
        /// <summary>The index a lower level imputes from: the score, or this cell's own imputed index.</summary>
        public double? Published => Score ?? Imputed;
    }
}
