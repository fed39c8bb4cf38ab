using System.Text;
using Observatory.Core.Reference;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>Every code written in a sample file comes from <c>schemas/reference</c> (planted unknown codes excepted).</summary>
[Collection(SampleCollection.Name)]
public class ReferenceCodeTests(GeneratedSample sample)
{
    private static readonly Lazy<ReferenceCatalog> Catalog = new(() => ReferenceCatalog.Load(SchemasDirectory.Locate()));

    private static readonly string[] OutsideSectorBmoCodes = ["S1Z20", "T4Z60", "L0Z60", "S1X20", "T4X60", "L0X60"];

    [Fact]
    public void Bmo_SectorCodesAreInFapCodesOfTheirVersion()
    {
        foreach (var file in sample.FilesOf(SourceIds.Bmo))
        {
            var version = int.Parse(file.Vintage, System.Globalization.CultureInfo.InvariantCulture) <= 2023 ? "2009" : "2021";
            var known = Catalog.Value.FapCodes.Where(f => f.Version == version).Select(f => f.Code).ToHashSet();
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), $"BMO_{file.Vintage}_open_data");
            var column = Array.FindIndex(rows[0], c => c.Text.Trim().Equals("code métier BMO", StringComparison.OrdinalIgnoreCase));
            var family = Array.FindIndex(rows[0], c => c.Text is "Famille_metier" or "Famille_met");

            Assert.All(rows.Skip(1).Where(r => r[family].Text == "S"), r => Assert.Contains(r[column].Text, known));
            Assert.All(rows.Skip(1).Where(r => r[family].Text != "S"), r => Assert.True(known.Contains(r[column].Text) || OutsideSectorBmoCodes.Contains(r[column].Text)));
            Assert.Equal(known.Count(k => Catalog.Value.FapCodes.Any(f => f.Code == k && f.Version == version && f.BmoFamily == "S" && f.Level is 225 or 228)),
                rows.Skip(1).Where(r => r[family].Text == "S").Select(r => r[column].Text).Distinct().Count());
        }
    }

    [Fact]
    public void FtFiles_RomeCodesAreInRomeCodesOfTheirVersion()
    {
        foreach (var file in sample.FilesOf(SourceIds.FtOffres).Concat(sample.FilesOf(SourceIds.FtDemandeurs)).Where(f => f.RelativePath.Contains("_40_", StringComparison.Ordinal)))
        {
            var version = string.CompareOrdinal(file.Vintage, "2024") < 0 ? "v3" : "4.0";
            var known = Catalog.Value.RomeCodes.Where(r => r.Version == version).ToDictionary(r => r.Code, r => r.Label);

            foreach (var record in CsvTestReader.Records(sample.PathOf(file.RelativePath), Encoding.UTF8))
            {
                Assert.True(known.TryGetValue(record["codeActivite"], out var label), $"{file.RelativePath}: {record["codeActivite"]}");
                Assert.Equal(label, record["libActivite"]);
                Assert.Equal("Landes", record["libTerritoire"]);
            }
        }
    }

    [Fact]
    public void SurveyPlatformAndFiness_CodesAreInTheirLists()
    {
        var defects = sample.XlsxDefectRows();
        var metiers = Catalog.Value.Metiers.Select(m => m.Code).ToHashSet();
        var categories = Catalog.Value.FinessCategories.Select(c => c.Code).ToHashSet();
        foreach (var file in sample.FilesOf(SourceIds.EnqueteRh).Where(f => f.RelativePath.Contains("_01_", StringComparison.Ordinal)))
        {
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), "Réponses");
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.Contains(rows[i][4].Text, categories);
                if (!defects.Contains((file.RelativePath, i + 1)))
                {
                    Assert.Contains(rows[i][5].Text, metiers);
                    Assert.Equal(Catalog.Value.FindMetier(rows[i][5].Text)!.Label, rows[i][6].Text);
                }
            }
        }

        foreach (var file in sample.FilesOf(SourceIds.PlateformeActivite).Concat(sample.FilesOf(SourceIds.PlateformeParcours)))
        {
            Assert.All(CsvTestReader.Records(sample.PathOf(file.RelativePath), Encoding.UTF8), r => Assert.Contains(r["Code métier"], metiers));
        }

        var finess = sample.FilesOf(SourceIds.Finess).Single();
        var structures = CsvTestReader.Lines(sample.PathOf(finess.RelativePath), Encoding.Latin1).Select(l => l.Split(';')).Where(l => l[0] == "structureet");
        Assert.All(structures, s => Assert.Contains(s[18], categories));
    }

    [Fact]
    public void UrssafAndDrees_CodesAreInTheirLists()
    {
        var naf = Catalog.Value.NafCodes.Where(n => n.InSector).Select(n => n.Code).ToHashSet();
        var urssaf = sample.FilesOf(SourceIds.UrssafEtabEffectifs).Single();
        var records = CsvTestReader.Records(sample.PathOf(urssaf.RelativePath), Encoding.UTF8);
        Assert.All(records, r => Assert.Contains(r["code_ape"], naf));
        Assert.Equal(naf.Order(), records.Select(r => r["code_ape"]).Distinct().Order());

        foreach (var (source, sheet) in new[] { (SourceIds.DreesEcolesSociales, "Ecoles_sociales_2024"), (SourceIds.DreesFormationsSante, "Formations_sante_2024") })
        {
            var diplomas = Catalog.Value.Diplomas.Where(d => d.Source == source).Select(d => d.Code).Order();
            var file = sample.FilesOf(source).Single(f => f.Vintage == "2024");
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), sheet);
            Assert.Equal(diplomas, rows.Skip(1).Select(r => r[3].Text).Distinct().Order());
        }
    }
}
