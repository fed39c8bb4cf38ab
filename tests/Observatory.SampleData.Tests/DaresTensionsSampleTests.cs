using System.Globalization;
using Observatory.Core.Reference;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>The sample DARES tension workbooks: one per year, the level sheets of the year's FAP nomenclature, every department, the BMO sample's FAP codes.</summary>
[Collection(SampleCollection.Name)]
public class DaresTensionsSampleTests(GeneratedSample sample)
{
    [Fact]
    public void Files_OnePerSampleYear()
    {
        Assert.Equal(
            Enumerable.Range(2019, 7).Select(y => $"dares_tensions/dares_donnees_tensions_{y}.xlsx"),
            sample.FilesOf(SourceIds.DaresTensions).Select(f => f.RelativePath));
    }

    [Theory]
    [InlineData(2023, new[] { "Lisez-moi", "FAP 87 x Nat", "FAP 225 x Nat", "FAP 225 x Reg", "FAP 225 x Dep" })]
    [InlineData(2024, new[] { "Lisez-moi", "FAP 228 x Nat", "FAP 228 x Reg", "FAP 228 x Dep" })]
    public void Sheets_FapNomenclatureOfTheEdition(int year, string[] sheets) =>
        Assert.Equal(sheets, XlsxTestReader.SheetNames(PathOf(year)));

    [Theory]
    [InlineData(2023, "FAP 225 x Dep", "BMO_2023_open_data", "Base_open_data_23.xlsx")]
    [InlineData(2025, "FAP 228 x Dep", "BMO_2025_open_data", "Base_open_data_BMO_2025.xlsx")]
    public void DepartmentSheet_EveryReferenceDepartmentTimesEverySectorFapCodeOfBmo(int year, string sheet, string bmoSheet, string bmoFile)
    {
        var rows = XlsxTestReader.ReadSheet(PathOf(year), sheet);
        var header = rows[0].Select(c => c.Text).ToList();
        var bmo = XlsxTestReader.ReadSheet(sample.PathOf($"bmo/{bmoFile}"), bmoSheet);
        var bmoCode = bmo[0].Select(c => c.Text.Trim()).ToList().IndexOf("Code métier BMO");
        var bmoFamily = bmo[0].Select(c => c.Text.Trim()).ToList().IndexOf("Famille_met");
        var departments = ReferenceCatalog.Load(SchemasDirectory.Locate()).Departments.Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        var faps = rows.Skip(1).Select(r => r[0].Text).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(bmo.Skip(1).Where(r => r[bmoFamily].Text == "S").Select(r => r[bmoCode].Text).Distinct().Order(StringComparer.Ordinal), faps);
        Assert.All(faps, fap => Assert.Equal(departments,
            rows.Skip(1).Where(r => r[0].Text == fap).Select(r => r[header.IndexOf("Code département")].Text).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Mayotte_OutsideTheField_EveryValueNotAvailable()
    {
        var rows = XlsxTestReader.ReadSheet(PathOf(2023), "FAP 225 x Dep");
        var header = rows[0].Select(c => c.Text).ToList();

        var mayotte = rows.Skip(1).Where(r => r[header.IndexOf("Code département")].Text == "976").ToList();

        Assert.NotEmpty(mayotte);
        Assert.All(mayotte, r => Assert.All(new[] { "Emploi moyen", "Tension ", "Tension - discret", "Tension (Valeurs imputées: volumétrie insuffisantes)" },
            column => Assert.Equal("n.d.", r[header.IndexOf(column)].Text)));
    }

    [Fact]
    public void SmallCells_IndexNotAvailableButImputed_OthersPublishedWithTheirLevel()
    {
        var rows = XlsxTestReader.ReadSheet(PathOf(2023), "FAP 225 x Dep");
        var header = rows[0].Select(c => c.Text).ToList();
        var data = rows.Skip(1).Where(r => r[header.IndexOf("Code département")].Text != "976").ToList();
        double Number(ReadCell[] r, string column) => double.Parse(r[header.IndexOf(column)].Text, CultureInfo.InvariantCulture);

        var imputed = data.Where(r => r[header.IndexOf("Tension ")].Text == "n.d.").ToList();
        var published = data.Except(imputed).ToList();

        Assert.NotEmpty(imputed);
        Assert.All(imputed, r => Assert.True(Number(r, "Emploi moyen") < 300 && r[header.IndexOf("Tension (Valeurs imputées: volumétrie insuffisantes)")].IsNumber));
        Assert.All(published, r => Assert.InRange(Number(r, "Tension - discret"), 1, 5));
        Assert.Equal(Enumerable.Range(1, 5).Select(l => (double)l), published.Select(r => Number(r, "Tension - discret")).Distinct().Order());
    }

    private string PathOf(int year) => sample.PathOf($"dares_tensions/dares_donnees_tensions_{year.ToString(CultureInfo.InvariantCulture)}.xlsx");
}
