using System.Text;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

[Collection(SampleCollection.Name)]
public class SampleFormatTests(GeneratedSample sample)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Generate_DefaultOptions_CoversAinLandesAndAllDepartmentsOfRegions84And75()
    {
        Assert.Contains("01", sample.Manifest.Departments);
        Assert.Contains("40", sample.Manifest.Departments);
        Assert.Equal(24, sample.Manifest.Departments.Count);
        Assert.Equal(Enumerable.Range(2019, 7).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            sample.FilesOf(SourceIds.Bmo).Select(f => f.Vintage));
    }

    [Fact]
    public void Generate_DefaultOptions_StaysUnder45Megabytes()
    {
        // The France Travail extractions are national (101 departments and France for every ROME code, about 24 MB over
        // 2019–2025, defects included) and BMO holds every FAP 2009 code of every bassin (about 6.5 MB): the tension
        // index's all-métier reference panel.
        var total = Directory.GetFiles(sample.Directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.InRange(total, 1_000_000, 45_000_000);
    }

    [Theory]
    [InlineData(SourceIds.Bmo)]
    [InlineData(SourceIds.DreesEcolesSociales)]
    [InlineData(SourceIds.DreesFormationsSante)]
    [InlineData(SourceIds.EnqueteRh)]
    [InlineData(SourceIds.PlanActions)]
    [InlineData(SourceIds.DaresTensions)]
    public void Workbooks_OnePerSource_PassOpenXmlValidation(string sourceId)
    {
        var file = sample.FilesOf(sourceId).First();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(sample.PathOf(file.RelativePath), false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Take(5).Select(e => e.Description).ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Bmo_2019_HasBothSheetsTrailingSpaceHeaderAndNoAnnee()
    {
        var path = sample.PathOf("bmo/Base_open_data_BMO_2019.xlsx");

        Assert.Equal(["Description_des_variables", "BMO_2019_open_data"], XlsxTestReader.SheetNames(path));
        var header = XlsxTestReader.ReadSheet(path, "BMO_2019_open_data")[0].Select(c => c.Text).ToList();
        Assert.Contains("code métier BMO ", header);
        Assert.Contains("BE19", header);
        Assert.DoesNotContain("annee", header);
        var description = XlsxTestReader.ReadSheet(path, "Description_des_variables");
        Assert.Equal(["Variable", "Description"], description[0].Select(c => c.Text));
        Assert.Equal(header, description.Skip(1).Select(r => r[0].Text));
    }

    [Theory]
    [InlineData("bmo/Base_open_data_BMO_2021.xlsx", "BMO_2021_open_data", "BE21", "2009")]
    [InlineData("bmo/Base_open_data_23.xlsx", "BMO_2023_open_data", "BE23", "2009")]
    [InlineData("bmo/Base_open_data_BMO_2024.xlsx", "BMO_2024_open_data", "BE24", "2021")]
    [InlineData("bmo/Base_open_data_BMO_2025.xlsx", "BMO_2025_open_data", "BE25", "2021")]
    public void Bmo_Vintage_BassinColumnOfTheYearAndFapVersion(string file, string sheet, string bassinColumn, string fapVersion)
    {
        var rows = XlsxTestReader.ReadSheet(sample.PathOf(file), sheet);
        var header = rows[0].Select(c => c.Text.Trim()).ToList();
        var codeColumn = header.FindIndex(h => h.Equals("code métier BMO", StringComparison.OrdinalIgnoreCase));
        var codes = rows.Skip(1).Select(r => r[codeColumn].Text).ToHashSet();

        Assert.Contains(bassinColumn, header);
        Assert.Contains("NOM" + bassinColumn, header);
        Assert.Contains(fapVersion == "2009" ? "V0Z60" : "V0X60", codes);
        Assert.DoesNotContain(fapVersion == "2009" ? "V0X60" : "V0Z60", codes);
        Assert.Equal(fapVersion == "2021", codes.Contains("V4X84"));
    }

    [Fact]
    public void Bmo_Ain_DepartmentIsTheNumberOne()
    {
        var rows = XlsxTestReader.ReadSheet(sample.PathOf("bmo/Base_open_data_BMO_2024.xlsx"), "BMO_2024_open_data");
        var dept = Array.FindIndex(rows[0], c => c.Text == "Dept");
        var name = Array.FindIndex(rows[0], c => c.Text == "NomDept");

        var ain = rows.Skip(1).Where(r => r[name].Text == "Ain").ToList();
        Assert.NotEmpty(ain);
        Assert.All(ain, r => Assert.Equal(new ReadCell("1", IsNumber: true), r[dept]));
        Assert.Contains(rows.Skip(1), r => r[dept] == new ReadCell("40", IsNumber: false));
    }

    [Fact]
    public void Bmo_SmallCells_MaskedWithStar()
    {
        var rows = XlsxTestReader.ReadSheet(sample.PathOf("bmo/Base_open_data_BMO_2025.xlsx"), "BMO_2025_open_data");
        var smet = Array.FindIndex(rows[0], c => c.Text == "smet");

        Assert.Contains(rows.Skip(1), r => r[smet].Text == "*" && !r[smet].IsNumber);
        Assert.Contains(rows.Skip(1), r => r[smet].IsNumber);
    }

    [Fact]
    public void FtOffres_RomeVersionFollowsTheYear()
    {
        var before = CsvTestReader.Records(sample.PathOf("ft_offres/stat-offres_FR_2023.csv"), Encoding.UTF8).Where(r => r["codeTerritoire"] == "40").ToList();
        var after = CsvTestReader.Records(sample.PathOf("ft_offres/stat-offres_FR_2024.csv"), Encoding.UTF8).Where(r => r["codeTerritoire"] == "40").ToList();

        Assert.Contains(before, r => r["codeActivite"] == "K1301");
        Assert.DoesNotContain(before, r => r["codeActivite"] == "K1306");
        Assert.Contains(after, r => r["codeActivite"] == "K1306");
        Assert.All(after, r => Assert.Matches("^2024T[1-4]$", r["codePeriode"]));
        Assert.All(after, r => Assert.Equal("TOFF", r["origineOffre"]));
    }

    [Fact]
    public void FtFiles_Utf8WithByteOrderMark()
    {
        foreach (var file in sample.FilesOf(SourceIds.FtOffres).Concat(sample.FilesOf(SourceIds.FtDemandeurs)).Take(20))
        {
            var bytes = File.ReadAllBytes(sample.PathOf(file.RelativePath));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            StrictUtf8.GetString(bytes);
        }
    }

    [Fact]
    public void FtDemandeurs_BothCategoriesEveryQuarter()
    {
        var records = CsvTestReader.Records(sample.PathOf("ft_demandeurs/stat-demandeurs_FR_2022.csv"), Encoding.UTF8).Where(r => r["codeTerritoire"] == "01").ToList();

        Assert.Equal(records.Count(r => r["categorieCandidat"] == "A"), records.Count(r => r["categorieCandidat"] == "ABC"));
        Assert.Equal(4, records.Select(r => r["codePeriode"]).Distinct().Count());
    }

    [Fact]
    public void Finess_Latin1WithAccents_NotValidUtf8()
    {
        var file = sample.FilesOf(SourceIds.Finess).Single();
        var bytes = File.ReadAllBytes(sample.PathOf(file.RelativePath));

        var text = Encoding.Latin1.GetString(bytes);
        Assert.Contains("é", text, StringComparison.Ordinal);
        Assert.Throws<DecoderFallbackException>(() => StrictUtf8.GetString(bytes));
        Assert.Matches("^finess;etalab;\\d{4}-\\d{2}-\\d{2}\r\n", text[..27]);
    }

    [Fact]
    public void Finess_EveryStructureHasItsGeolocationAndDepartmentPrefixedNumber()
    {
        var file = sample.FilesOf(SourceIds.Finess).Single();
        var lines = CsvTestReader.Lines(sample.PathOf(file.RelativePath), Encoding.Latin1).Skip(1).Select(l => l.Split(';')).ToList();
        var structures = lines.Where(l => l[0] == "structureet").ToList();
        var geolocations = lines.Where(l => l[0] == "geolocalisation").ToList();

        Assert.All(structures, s => Assert.Equal(32, s.Length));
        Assert.All(geolocations, g => Assert.Equal(5, g.Length));
        Assert.Equal(structures.Select(s => s[1]).Order(), geolocations.Select(g => g[1]).Order());
        Assert.All(structures, s => Assert.StartsWith(s[13], s[1], StringComparison.Ordinal));
        Assert.Equal(file.Rows, lines.Count);
        Assert.Equal(structures.Count, structures.Select(s => s[1]).Distinct().Count());
    }

    [Fact]
    public void EnqueteRh_FinessNumbersComeFromTheFinessFile()
    {
        var finess = sample.FilesOf(SourceIds.Finess).Single();
        var numbers = CsvTestReader.Lines(sample.PathOf(finess.RelativePath), Encoding.Latin1)
            .Select(l => l.Split(';')).Where(l => l[0] == "structureet").Select(l => l[1]).ToHashSet();
        var rows = XlsxTestReader.ReadSheet(sample.PathOf("enquete_rh/enquete_tensions_rh_40_2023.xlsx"), "Réponses");
        var column = Array.FindIndex(rows[0], c => c.Text == "N° FINESS ET");

        Assert.True(rows.Count > 10);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[column].Text, numbers));
    }

    [Fact]
    public void EnqueteRh_SomeFteTypedWithDecimalComma()
    {
        var rows = sample.FilesOf(SourceIds.EnqueteRh).Take(6)
            .SelectMany(f => XlsxTestReader.ReadSheet(sample.PathOf(f.RelativePath), "Réponses").Skip(1)).ToList();

        Assert.Contains(rows, r => !r[8].IsNumber && r[8].Text.Contains(',', StringComparison.Ordinal));
        Assert.Contains(rows, r => r[8].IsNumber);
    }

    [Fact]
    public void Drees_EveryRegionOfFranceWithNotAvailableCells()
    {
        var rows = XlsxTestReader.ReadSheet(sample.PathOf("drees_ecoles_sociales/drees_ecoles_sociales_2022.xlsx"), "Ecoles_sociales_2022");

        // Region codes are numeric cells: Guadeloupe 01 reads 1.
        var regions = ReferenceLists.Regions().Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(regions.Order(), rows.Skip(1).Select(r => int.Parse(r[1].Text, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
        Assert.Contains(rows.Skip(1), r => r.Skip(4).Any(c => c.Text == "n.d."));
        Assert.Contains(rows.Skip(1), r => r[3].Text == "DEES");
    }

    [Fact]
    public void Urssaf_OneColumnPairPerYearAndSomeSecretBlanks()
    {
        var file = sample.FilesOf(SourceIds.UrssafEtabEffectifs).Single();
        var records = CsvTestReader.Records(sample.PathOf(file.RelativePath), Encoding.UTF8);

        Assert.Equal(file.Rows, records.Count);
        foreach (var year in Enumerable.Range(2019, 7))
        {
            Assert.Contains($"nombre_d_etablissements_{year}", records[0].Keys);
            Assert.Contains($"effectifs_salaries_{year}", records[0].Keys);
        }

        Assert.Contains(records, r => r["effectifs_salaries_2022"].Length == 0);
        Assert.Contains(records, r => r["code_commune"] == "01053" && r["intitule_commune"] == "Bourg-en-Bresse");
        Assert.Contains(sample.Manifest.Communes, c => c.Invented && records.Any(r => r["code_commune"] == c.Code));
    }

    [Fact]
    public void PlateformeAndSurvey_From2022Only()
    {
        Assert.Equal(["2022", "2023", "2024", "2025"], sample.FilesOf(SourceIds.PlateformeActivite).Select(f => f.Vintage).Distinct().Order());
        Assert.Equal(["2022", "2023", "2024", "2025"], sample.FilesOf(SourceIds.PlateformeParcours).Select(f => f.Vintage).Distinct().Order());
        Assert.Equal(24 * 4, sample.FilesOf(SourceIds.PlateformeParcours).Count());
        Assert.Equal(["2022", "2023", "2024", "2025"], sample.FilesOf(SourceIds.EnqueteRh).Select(f => f.Vintage).Distinct().Order());
        Assert.Equal(24 * 4, sample.FilesOf(SourceIds.EnqueteRh).Count());
    }

    [Fact]
    public void PlanActions_StatusesAreTheAllowedOnes()
    {
        var rows = XlsxTestReader.ReadSheet(sample.PathOf("plan_actions/plan_actions_40.xlsx"), "Plan d'actions");
        string[] allowed = ["Prévue", "En cours", "Réalisée", "Abandonnée"];

        Assert.True(rows.Count > 10);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[5].Text, allowed));
        Assert.All(rows.Skip(1), r => Assert.Matches("^\\d{2}/\\d{2}/\\d{4}$", r[6].Text));
    }
}
