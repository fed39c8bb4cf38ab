using Observatory.Etl.Jobs;
using Observatory.Etl.Validation;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>
/// A contract that reads every matching sheet (<c>sheets.all_matching</c>, the DARES tension file): each sheet is read with
/// the layout of its level, the coarser FAP 87 sheet is ignored, a quarantined row names its sheet, and a data sheet that
/// fits no layout rejects the whole workbook.
/// </summary>
public sealed class MultiSheetWorkbookTests : IDisposable
{
    private static readonly string[] Components =
    [
        "Intensité d'embauches - discret", "Lien formation-emploi - discret", "Manque de main-d'œuvre disponible - discret",
        "Non-durabilité de l'emploi - discret", "Conditions de travail contraignantes - discret", "Inadéquation géographique - discret",
    ];

    /// <summary>Enough valid rows for one bad row to stay under the contract's 5 % reject rate.</summary>
    private static readonly string[] OtherDepartments = [.. Enumerable.Range(1, 26).Where(d => d != 20).Select(d => d.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    private const string Imputed = "Tension (Valeurs imputées: volumétrie insuffisantes)";

    private readonly TempHome _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_ReadsNationalRegionalAndDepartmentalSheets_IgnoresFap87()
    {
        var path = Write(regionHeader: "Code région", departmentLevel: "4");

        var result = IngestRunner.Run([path], new IngestOptions { Home = _temp.Home }).Files.Single();

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal((28, 28, 0), (result.Read, result.Accepted, result.Quarantined));
        var rows = LakeQuery.Rows(
            $"select territory_level, region_code, department_code, tension_level, cast(tension_index as double) from read_parquet('{_temp.Home.LakeDirectory}/dares_tensions/**/*.parquet') " +
            "where coalesce(department_code, '40') = '40' order by territory_level");
        Assert.Equal(["DEP", "75", "40", 4L, 0.8], rows[0]);
        Assert.Equal(["NAT", null, null, 5L, 1.566413], rows[1]);
        Assert.Equal(["REG", "75", null, 3L, 0.1], rows[2]);
    }

    [Fact]
    public void Ingest_InvalidLevelOnTheDepartmentSheet_QuarantinedWithItsSheetAndLine()
    {
        var path = Write(regionHeader: "Code région", departmentLevel: "7");

        var result = IngestRunner.Run([path], new IngestOptions { Home = _temp.Home }).Files.Single();

        Assert.Equal((28, 27, 1), (result.Read, result.Accepted, result.Quarantined));
        var quarantined = LakeQuery.Rows($"select sheet, line, \"column\", raw_value from read_parquet('{result.QuarantineParquet}')").Single();
        Assert.Equal(["FAP 225 x Dep", 2L, "Tension - discret", "7"], quarantined);
    }

    [Fact]
    public void Ingest_RegionalSheetWithoutRegionColumn_RejectsTheWorkbook()
    {
        var path = Write(regionHeader: "Région inconnue", departmentLevel: "4");

        var result = IngestRunner.Run([path], new IngestOptions { Home = _temp.Home }).Files.Single();

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Equal(EtlIssueCodes.UnknownSheetLayout, result.Reason);
        Assert.Contains("FAP 225 x Reg", result.Message, StringComparison.Ordinal);
    }

    private string Write(string regionHeader, string departmentLevel)
    {
        string?[] Header(params string[] territory) =>
            ["Code FAP 225", .. territory, "Emploi moyen", "Tension ", "Tension - discret", .. Components, "Année", .. territory.Length > 0 ? new[] { Imputed } : []];
        string?[] Values(string level, string index, params string[] territory) =>
            ["T2A60", .. territory, "3900", index, level, "3", "1", "4", "3", "3", "3", "2023", .. territory.Length > 0 ? new[] { index } : []];

        var path = Path.Combine(_temp.Inputs, "dares_donnees_tensions_2023.xlsx");
        TestWorkbook.Write(path,
            ("Lisez-moi", [["Notice"]]),
            ("FAP 87 x Nat", [["Code FAP 87", "Emploi moyen", "Tension ", "Tension - discret", .. Components, "Année"], ["T2A", "600000", "1.2", "5", "3", "1", "4", "3", "3", "3", "2023"]]),
            ("FAP 225 x Nat", [Header(), Values("5", "1.56641312345678")]),
            ("FAP 225 x Reg", [Header(regionHeader), Values("3", "0.1", "75")]),
            ("FAP 225 x Dep", [Header("reg ", "Code département"), Values(departmentLevel, "0.8", "75", "40"), .. OtherDepartments.Select(d => Values("3", "0.2", "84", d))]));
        return path;
    }
}
