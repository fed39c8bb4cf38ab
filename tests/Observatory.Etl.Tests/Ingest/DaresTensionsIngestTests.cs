using Observatory.Core.Reference;
using Observatory.Etl.Contracts;
using Observatory.Etl.Jobs;
using Observatory.Etl.Reading;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>The sample DARES tension workbook: detected as its contract, every level's sheet read, n.d. and imputed cells as statuses.</summary>
public sealed class DaresTensionsIngestTests(DaresSampleFixture fixture) : IClassFixture<DaresSampleFixture>
{
    private static readonly Lazy<SourceDetector> Detector = new(() => new SourceDetector(ContractCatalog.Load(SchemasDirectory.Locate())));

    [Theory]
    [InlineData(2023, "FAP 225", "2009")]
    [InlineData(2024, "FAP 228", "2021")]
    public void Detect_SampleWorkbook_ReadsTheThreeLevelSheetsOfItsNomenclature(int year, string prefix, string fapVersion)
    {
        var file = Detector.Value.Detect(fixture.PathOf($"dares_tensions/dares_donnees_tensions_{year}.xlsx")).File;

        Assert.NotNull(file);
        Assert.Equal("dares_tensions", file.Contract.Id);
        Assert.Equal(year, file.Vintage);
        Assert.Equal([$"{prefix} x Nat", $"{prefix} x Reg", $"{prefix} x Dep"], file.DataSheets.Select(s => s.Name));
        Assert.All(file.DataSheets, s => Assert.Equal(fapVersion, s.Variant.Constants["fap_version"]));
        Assert.Equal(["NAT", "REG", "DEP"], file.DataSheets.Select(s => s.Variant.Constants["territory_level"]));
    }

    [Fact]
    public void Ingest_SampleWorkbooks_LoadEveryDataRowAndNoFap87Row()
    {
        Assert.All(fixture.Report.Files, f => Assert.Equal((IngestStatus.Loaded, 0L), (f.Status, f.Quarantined)));
        Assert.Equal(fixture.Files.Sum(f => (long)f.Rows), fixture.Report.Files.Sum(f => f.Accepted));
        Assert.Equal(0, LakeQuery.CountLake(fixture.Lake.Replace("/dares_tensions", string.Empty, StringComparison.Ordinal), "dares_tensions", "length(fap_code) <> 5"));
    }

    [Fact]
    public void Ingest_Mayotte_NotAvailableCellsAreMissingNotZero()
    {
        var row = LakeQuery.Rows($"select tension_index, tension_index_status, tension_level, tension_level_status, imputed_tension_index_status, employment_status " +
            $"from read_parquet('{fixture.Lake}/**/*.parquet', hive_partitioning = true) where department_code = '976' and fap_code = 'V0Z60'").Single();

        Assert.Equal([null, "missing", null, "missing", "missing", "missing"], row);
    }

    [Fact]
    public void Ingest_ImputedCell_HasNoIndexButItsImputedValue()
    {
        var rows = LakeQuery.Rows($"select tension_level, tension_index_status, imputed_tension_index_status, cast(imputed_tension_index as double) " +
            $"from read_parquet('{fixture.Lake}/**/*.parquet', hive_partitioning = true) " +
            "where territory_level = 'DEP' and tension_index_status = 'missing' and imputed_tension_index is not null");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal([null, "missing", "ok"], r[..3]));
    }

    [Fact]
    public void Ingest_LandesCells_EqualTheWorkbookValuesWithTheIndexRoundedToSixDecimals()
    {
        var path = fixture.PathOf("dares_tensions/dares_donnees_tensions_2023.xlsx");
        using var workbook = XlsxWorkbook.Open(path);
        var sheet = workbook.ReadSheet("FAP 225 x Dep").ToList();
        var header = sheet[0].Cells.ToList();
        var landes = sheet.Single(r => r[header.IndexOf("Code département")] == "40" && r[0] == "T2A60");
        var index = double.Parse(landes[header.IndexOf("Tension ")]!, System.Globalization.CultureInfo.InvariantCulture);
        var level = long.Parse(landes[header.IndexOf("Tension - discret")]!, System.Globalization.CultureInfo.InvariantCulture);

        var lake = LakeQuery.Rows($"select region_code, tension_level, cast(tension_index as double), year " +
            $"from read_parquet('{fixture.Lake}/**/*.parquet', hive_partitioning = true) where department_code = '40' and fap_code = 'T2A60' and vintage = 2023").Single();

        Assert.Equal(["75", level, Math.Round(index, 6, MidpointRounding.AwayFromZero), 2023L], lake);
        Assert.NotEqual(index, Math.Round(index, 6), 12);
    }
}
