using System.Text;
using Observatory.Core.Reference;
using Observatory.SampleData.Tests.Support;

namespace Observatory.SampleData.Tests;

/// <summary>
/// BMO, France Travail and DREES are generated whole, as their publishers ship them, whatever departments are chosen;
/// <see cref="SampleDataOptions.NationalSourcesWhole"/> = false limits them to the chosen departments as before.
/// </summary>
[Collection(SampleCollection.Name)]
public class NationalSourceScopeTests(GeneratedSample sample)
{
    [Theory]
    [InlineData("ft_offres/stat-offres_FR_2019.csv")]
    [InlineData("ft_demandeurs/stat-demandeurs_FR_2025.csv")]
    public void FtNationalFile_EveryReferenceDepartmentInOneBlockInReferenceOrder_ThenFrance(string file)
    {
        var all = CsvTestReader.Records(sample.PathOf(file), Encoding.UTF8);
        var records = all.TakeWhile(r => r["codeTypeTerritoire"] == "DEP").ToList();
        var france = all.Skip(records.Count).ToList();
        var blocks = records.Select(r => r["codeTerritoire"]).Aggregate(new List<string>(), (list, code) =>
        {
            if (list.Count == 0 || list[^1] != code)
            {
                list.Add(code);
            }

            return list;
        });

        Assert.Equal(ReferenceLists.Departments(), blocks);
        Assert.All(france, r => Assert.Equal(("NAT", "FR"), (r["codeTypeTerritoire"], r["codeTerritoire"])));
        var year = int.Parse(file[^8..^4], System.Globalization.CultureInfo.InvariantCulture);
        var version = year >= 2024 ? "4.0" : "v3";
        var codes = ReferenceCatalog.Load(SchemasDirectory.Locate()).RomeCodes.Where(c => c.Version == version).Select(c => c.Code)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(codes, france.Select(r => r["codeActivite"]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FtNationalFile_FranceRowOfAnObservatoryCode_IsTheSumOfItsDepartments()
    {
        var records = CsvTestReader.Records(sample.PathOf("ft_demandeurs/stat-demandeurs_FR_2023.csv"), Encoding.UTF8);
        foreach (var column in new[] { "nombreDemandeurs", "nombreEntrees", "nombreSorties" })
        {
            var departments = records.Where(r => r["codeTypeTerritoire"] == "DEP" && r["codeActivite"] == "J1501" && r["codePeriode"] == "2023T2" && r["categorieCandidat"] == "ABC")
                .Sum(r => long.Parse(r[column], System.Globalization.CultureInfo.InvariantCulture));
            var france = records.Single(r => r["codeTypeTerritoire"] == "NAT" && r["codeActivite"] == "J1501" && r["codePeriode"] == "2023T2" && r["categorieCandidat"] == "ABC");
            Assert.Equal(departments, long.Parse(france[column], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void FtFiles_DefaultOptions_OneNationalFilePerYear()
    {
        foreach (var (source, prefix) in new[] { (SourceIds.FtOffres, "stat-offres"), (SourceIds.FtDemandeurs, "stat-demandeurs") })
        {
            Assert.Equal(Enumerable.Range(2019, 7).Select(y => $"{source}/{prefix}_FR_{y}.csv"), sample.FilesOf(source).Select(f => f.RelativePath));
        }

        Assert.Equal(SourceIds.National, sample.Manifest.NationalSources);
        Assert.Equal(24, sample.Manifest.Departments.Count);
    }

    [Fact]
    public void Bmo_DefaultOptions_CoversEveryReferenceDepartment()
    {
        var defects = sample.XlsxDefectRows();
        foreach (var file in sample.FilesOf(SourceIds.Bmo))
        {
            var rows = XlsxTestReader.ReadSheet(sample.PathOf(file.RelativePath), "BMO_" + file.Vintage + "_open_data");
            var dept = Array.FindIndex(rows[0], c => c.Text == "Dept");
            var departments = rows.Select((r, i) => (Row: i + 1, Code: r[dept].Text)).Skip(1)
                .Where(r => !defects.Contains((file.RelativePath, r.Row)))
                .Select(r => r.Code.Length == 1 ? "0" + r.Code : r.Code)
                .ToHashSet(StringComparer.Ordinal);

            Assert.Equal(ReferenceLists.Departments().Order(StringComparer.Ordinal), departments.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void FtRowDefects_InTheNationalFileWithinTheDefectDepartmentsBlock()
    {
        var defectDepartment = sample.Manifest.Departments[0];
        var defects = sample.Manifest.Defects.Where(d => d.Line is not null && d.RelativePath.StartsWith("ft_", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, defects.Count);
        foreach (var defect in defects)
        {
            Assert.Contains("_FR_", defect.RelativePath, StringComparison.Ordinal);
            var lines = CsvTestReader.Lines(sample.PathOf(defect.RelativePath), Encoding.UTF8);
            var block = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Split(';')[1] == defectDepartment).ToList();

            Assert.Equal(Enumerable.Range(block[0], block.Count), block);
            Assert.Contains(defect.Line!.Value, block);
        }
    }

    [Fact]
    public void DepartmentRows_SameInTheNationalFilesAndInTheDepartmentsOwnExtraction()
    {
        var directory = Path.Combine(Path.GetTempPath(), "observatory-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var own = SampleDataGenerator.Generate(new SampleDataOptions
            {
                Departments = ["40", "2A"], FirstYear = 2023, LastYear = 2024, NationalSourcesWhole = false, OutputDirectory = directory,
            });

            foreach (var (department, year) in new[] { ("40", 2023), ("40", 2024), ("2A", 2024) })
            {
                foreach (var prefix in new[] { "ft_offres/stat-offres", "ft_demandeurs/stat-demandeurs" })
                {
                    var national = CsvTestReader.Lines(sample.PathOf($"{prefix}_FR_{year}.csv"), Encoding.UTF8)
                        .Where(l => l.Split(';')[1] == department).ToList();
                    var departmental = CsvTestReader.Lines(Path.Combine(directory, $"{prefix}_{department}_{year}.csv"), Encoding.UTF8).Skip(1).ToList();

                    Assert.NotEmpty(departmental);
                    Assert.Equal(departmental, national);
                }

                var bmo = $"bmo/{(year == 2023 ? "Base_open_data_23.xlsx" : "Base_open_data_BMO_2024.xlsx")}";
                Assert.Equal(BmoRowsOf(Path.Combine(directory, bmo), year, department), BmoRowsOf(sample.PathOf(bmo), year, department));
            }

            Assert.Empty(own.NationalSources);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void NationalSourcesWholeFalse_LimitsBmoFranceTravailAndDreesToTheChosenDepartments()
    {
        var directory = Path.Combine(Path.GetTempPath(), "observatory-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manifest = SampleDataGenerator.Generate(new SampleDataOptions
            {
                Departments = ["40", "64"], FirstYear = 2024, LastYear = 2024, NationalSourcesWhole = false, WithDefects = true, OutputDirectory = directory,
            });

            Assert.Equal(["ft_offres/stat-offres_40_2024.csv", "ft_offres/stat-offres_64_2024.csv"],
                manifest.Files.Where(f => f.SourceId == SourceIds.FtOffres && !f.IsDefective).Select(f => f.RelativePath));
            Assert.Equal(["ft_demandeurs/stat-demandeurs_40_2024.csv", "ft_demandeurs/stat-demandeurs_64_2024.csv"],
                manifest.Files.Where(f => f.SourceId == SourceIds.FtDemandeurs && !f.IsDefective).Select(f => f.RelativePath));
            var bmo = XlsxTestReader.ReadSheet(Path.Combine(directory, "bmo", "Base_open_data_BMO_2024.xlsx"), "BMO_2024_open_data");
            var dept = Array.FindIndex(bmo[0], c => c.Text == "Dept");
            Assert.Equal(["00", "40", "64"], bmo.Skip(1).Select(r => r[dept].Text).Distinct().Order(StringComparer.Ordinal)); // 00: the planted unknown department
            var drees = XlsxTestReader.ReadSheet(Path.Combine(directory, "drees_formations_sante", "drees_formations_sante_2024.xlsx"), "Formations_sante_2024");
            Assert.Equal(["75"], drees.Skip(1).Select(r => r[1].Text).Distinct());
            Assert.Empty(manifest.NationalSources);
            Assert.Contains(manifest.Defects, d => d.RelativePath == "ft_offres/stat-offres_40_2024.csv" && d.Line is not null);
            Assert.Contains(manifest.Files, f => f.RelativePath == "defects/ft_offres/stat-offres_40_2024.csv" && f.IsDefective);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The BMO rows of one department, as text (the sheet row number left out).</summary>
    private static List<string> BmoRowsOf(string path, int year, string department)
    {
        var rows = XlsxTestReader.ReadSheet(path, $"BMO_{year}_open_data");
        var dept = Array.FindIndex(rows[0], c => c.Text == "Dept");
        return rows.Skip(1).Where(r => r[dept].Text == department)
            .Select(r => string.Join('|', r.Select(c => (c.IsNumber ? "n:" : "s:") + c.Text))).ToList();
    }
}
