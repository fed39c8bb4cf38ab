using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Output;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// Shared body of the two DREES training workbooks: one row per region × diploma, <c>n.d.</c> under 5; every region of
/// France, or those of the covered departments (<see cref="GenerationContext.NationalSourceRegions"/>).
/// </summary>
internal static class DreesWorkbook
{
    public const string NotAvailable = "n.d.";
    public const int SmallCell = 5;

    /// <summary>National enrolment under which a diploma is taught by few schools per region.</summary>
    public const int FewSchoolsBelow = 1000;

    public static FileContent Build(GenerationContext context, string sourceId, int year, string sheetName, string[] header)
    {
        var sheet = new SheetContent(sheetName);
        sheet.Add([.. header.Select(SheetCell.Of)]);
        var national = context.Reference.Departments.Sum(d => (double)DepartmentPopulations.ThousandsOf(d.Code));
        var diplomas = context.Reference.Diplomas.Where(d => d.Survey == sourceId).ToList();
        var rows = 0;
        foreach (var region in context.NationalSourceRegions)
        {
            var share = context.Reference.Departments.Where(d => d.RegionCode == region.Code)
                .Sum(d => (double)DepartmentPopulations.ThousandsOf(d.Code)) / national;
            var random = context.RandomFor(sourceId, region.Code, SampleDataGenerator.Year(year));
            foreach (var diploma in diplomas)
            {
                var profile = TrainingProfiles.For(diploma.Code);
                var enrolled = random.Count(profile.Enrolled * share * Math.Pow(1 + profile.Slope, year - 2022), 0.08);
                var entrants = random.Count(enrolled * profile.EntrantShare, 0.05);
                var presented = Math.Min(enrolled, random.Count(entrants * 0.95, 0.06));
                var graduates = Math.Min(presented, random.Count(presented * profile.PassRate, 0.04));
                // Diplomas taught by one or two schools in a region have their exam figures withheld (secret, "n.d.").
                var fewSchools = profile.Enrolled < FewSchoolsBelow && random.NextDouble() < 0.5;
                sheet.Add(year, RegionCodeCell(region.Code), region.Label, diploma.Code,
                    Count(enrolled), Count(entrants), fewSchools ? NotAvailable : Count(presented), fewSchools ? NotAvailable : Count(graduates));
                rows++;
            }
        }

        return new FileContent(XlsxWriter.Write([sheet], "DREES"), rows);
    }

    /// <summary>Region codes are numeric cells in the DREES workbooks (Guadeloupe 01 reads 1).</summary>
    private static SheetCell RegionCodeCell(string code) =>
        int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? SheetCell.Of(number)
            : SheetCell.Of(code);

    private static SheetCell Count(int value) => value < SmallCell ? SheetCell.Of(NotAvailable) : SheetCell.Of(value);
}
