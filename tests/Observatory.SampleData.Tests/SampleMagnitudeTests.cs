using System.Globalization;
using System.Text;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

[Collection(SampleCollection.Name)]
public class SampleMagnitudeTests(GeneratedSample sample)
{
    private sealed record BmoRow(string File, int Row, string Department, string Metier, int? Met, int? Xmet, int? Smet);

    private List<BmoRow> BmoRows() =>
        sample.FilesOf(SourceIds.Bmo).SelectMany(file =>
        {
            var sheet = "BMO_" + file.Vintage + "_open_data";
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), sheet);
            var header = rows[0].Select(c => c.Text.Trim()).ToList();
            int Col(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
            int? Count(ReadCell cell) => cell.IsNumber ? (int)double.Parse(cell.Text, CultureInfo.InvariantCulture) : null;
            return rows.Skip(1).Select((r, i) => new BmoRow(file.RelativePath, i + 2, r[Col("Dept")].Text, r[Col("code métier BMO")].Text,
                Count(r[Col("met")]), Count(r[Col("xmet")]), Count(r[Col("smet")])));
        }).ToList();

    [Fact]
    public void Bmo_EveryNonDefectRow_XmetAndSmetNotAboveMet()
    {
        var defects = sample.XlsxDefectRows();
        var rows = BmoRows().Where(r => !defects.Contains((r.File, r.Row))).ToList();

        Assert.True(rows.Count > 1000);
        Assert.All(rows.Where(r => r.Met is not null && r.Xmet is not null), r => Assert.True(r.Xmet <= r.Met, $"{r.File} row {r.Row}"));
        Assert.All(rows.Where(r => r.Met is not null && r.Smet is not null), r => Assert.True(r.Smet <= r.Met, $"{r.File} row {r.Row}"));
        Assert.All(rows.Where(r => r.Met is not null), r => Assert.True(r.Met > 0));
    }

    [Fact]
    public void Bmo_AidesADomicile_DifficultyBetween70And95PercentInEveryDepartment()
    {
        var defects = sample.XlsxDefectRows();
        var byDepartment = BmoRows()
            .Where(r => r.Metier == "T2A60" && r.Met is not null && r.Xmet is not null && !defects.Contains((r.File, r.Row)))
            .GroupBy(r => (r.File, r.Department));

        Assert.True(byDepartment.Count() >= 20 * 7);
        Assert.All(byDepartment, g => Assert.InRange(g.Sum(r => r.Xmet!.Value) / (double)g.Sum(r => r.Met!.Value), 0.7, 0.95));
    }

    [Fact]
    public void Bmo_AidesSoignantsHarderThanSecretariesEverywhere()
    {
        var rows = BmoRows().Where(r => r.Met is not null && r.Xmet is not null).ToList();
        double Rate(IEnumerable<BmoRow> selection) => selection.Sum(r => r.Xmet!.Value) / (double)selection.Sum(r => r.Met!.Value);

        var aidesSoignants = Rate(rows.Where(r => r.Metier is "V0Z60" or "V0X60"));
        var secretaries = Rate(rows.Where(r => r.Metier is "L0Z60" or "L0X60"));

        Assert.InRange(aidesSoignants, 0.65, 0.85);
        Assert.True(secretaries < aidesSoignants - 0.2);
    }

    [Fact]
    public void Bmo_BiggerDepartmentHasMoreProjects()
    {
        var rows = BmoRows().Where(r => r.File.EndsWith("2024.xlsx", StringComparison.Ordinal) && r.Met is not null).ToList();

        Assert.True(rows.Where(r => r.Department == "33").Sum(r => r.Met!.Value) > 2 * rows.Where(r => r.Department == "23").Sum(r => r.Met!.Value));
    }

    [Fact]
    public void EnqueteRh_AgeBandsSumToHeadcountOnEveryNonDefectRow()
    {
        var defects = sample.XlsxDefectRows();
        var checkedRows = 0;
        foreach (var file in sample.FilesOf(SourceIds.EnqueteRh).Where(f => f.RelativePath.Contains("_01_", StringComparison.Ordinal) || f.RelativePath.Contains("_40_", StringComparison.Ordinal)))
        {
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), "Réponses");
            for (var i = 1; i < rows.Count; i++)
            {
                if (defects.Contains((file.RelativePath, i + 1)))
                {
                    continue;
                }

                var headcount = int.Parse(rows[i][7].Text, CultureInfo.InvariantCulture);
                var bands = Enumerable.Range(11, 4).Sum(c => int.Parse(rows[i][c].Text, CultureInfo.InvariantCulture));
                Assert.Equal(headcount, bands);
                Assert.True(headcount > 0);
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 500);
    }

    [Fact]
    public void Plateforme_PositiveExitsAbout43PercentOfPersonsAndAidesSoignantsFirst()
    {
        var defects = sample.CsvDefectLines();
        var records = sample.FilesOf(SourceIds.PlateformeParcours)
            .SelectMany(f => CsvTestReader.Records(sample.PathOf(f.RelativePath), Encoding.UTF8).Select((r, i) => (f.RelativePath, Line: i + 2, r)))
            .Where(x => !defects.Contains((x.RelativePath, x.Line)))
            .Select(x => x.r)
            .ToList();
        var personYears = records.GroupBy(r => (r["Département"], r["Identifiant"], r["Année"])).ToList();
        var positive = records.Count(r => r["Type de sortie"] is "Emploi" or "Formation");
        int Persons(string metier) => personYears.Count(p => p.First()["Code métier"] == metier);

        var rate = positive / (double)personYears.Count;

        Assert.InRange(rate, 0.38, 0.48);
        Assert.True(Persons("AS") > Persons("ADVF"));
        Assert.True(records.Count > personYears.Count * 1.5, $"{records.Count} quarters for {personYears.Count} person-years");
    }

    [Fact]
    public void PlateformeParcours_PersonsFollowedOverQuartersWithOneMetierAndOneExitPerYear()
    {
        var records = sample.FilesOf(SourceIds.PlateformeParcours)
            .SelectMany(f => CsvTestReader.Records(sample.PathOf(f.RelativePath), Encoding.UTF8))
            .ToList();
        var persons = records.GroupBy(r => (r["Département"], r["Identifiant"])).ToList();

        Assert.All(records, r => Assert.Matches("^[0-9a-f]{16}$", r["Identifiant"]));
        Assert.All(persons, p => Assert.Single(p.Select(r => r["Code métier"]).Distinct()));
        Assert.All(persons, p => Assert.True(p.Count(r => r["Statut"] == "Sortie") <= 1, $"{p.Key} exits twice"));
        Assert.All(records, r => Assert.Equal(r["Statut"] == "Sortie", r["Type de sortie"].Length > 0));
        Assert.Contains(persons, p => p.Select(r => r["Année"]).Distinct().Count() > 1);
        Assert.InRange(persons.Average(p => p.Count()), 1.8, 3.2);
    }

    [Fact]
    public void FtFiles_TensionRatioDiffersByMetier()
    {
        double Ratio(string rome)
        {
            var offers = sample.FilesOf(SourceIds.FtOffres).Where(f => f.Vintage == "2024")
                .SelectMany(f => CsvTestReader.Records(sample.PathOf(f.RelativePath), Encoding.UTF8))
                .Where(r => r["codeActivite"] == rome).Sum(r => int.Parse(r["nombreOffres"], CultureInfo.InvariantCulture));
            var entries = sample.FilesOf(SourceIds.FtDemandeurs).Where(f => f.Vintage == "2024")
                .SelectMany(f => CsvTestReader.Records(sample.PathOf(f.RelativePath), Encoding.UTF8))
                .Where(r => r["codeActivite"] == rome && r["categorieCandidat"] == "A")
                .Sum(r => int.TryParse(r["nombreEntrees"], CultureInfo.InvariantCulture, out var n) ? n : 0);
            return offers / (double)entries;
        }

        var infirmiers = Ratio("J1506");
        var ash = Ratio("J1301");

        Assert.True(infirmiers > 1.5, $"J1506 ratio {infirmiers}");
        Assert.True(ash < 0.6, $"J1301 ratio {ash}");
    }

    [Fact]
    public void Drees_GraduatesNeverAbovePresentedNorPresentedAboveEnrolled()
    {
        foreach (var file in sample.FilesOf(SourceIds.DreesEcolesSociales).Concat(sample.FilesOf(SourceIds.DreesFormationsSante)))
        {
            var sheet = XlsxTestReader.SheetNames(sample.PathOf(file.RelativePath)).Single();
            foreach (var row in XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), sheet).Skip(1).Where(r => r.Skip(4).All(c => c.IsNumber)))
            {
                var values = row.Skip(4).Select(c => int.Parse(c.Text, CultureInfo.InvariantCulture)).ToArray();
                Assert.True(values[3] <= values[2] && values[2] <= values[0], string.Join(",", values));
            }
        }
    }
}
