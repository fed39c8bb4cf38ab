using System.Globalization;
using System.Text;
using Observatory.Etl.Jobs;
using Observatory.Etl.Tests.Contracts;

namespace Observatory.Etl.Tests.Ingest;

/// <summary>
/// France Travail files come as the national extraction (<c>stat-offres_FR_&lt;year&gt;.csv</c>, every department) or as a
/// department's own (<c>stat-offres_&lt;DEP&gt;_&lt;year&gt;.csv</c>): both are detected, and each department's rows land in its own
/// partition, which a later file of either form replaces.
/// </summary>
public sealed class FtExtractionScopeTests(ContractFixture fixture) : IClassFixture<ContractFixture>, IDisposable
{
    private const string Header =
        "codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;libActivite;codeTypePeriode;codePeriode;libPeriode;origineOffre;nombreOffres";

    private readonly TempHome _temp = new();

    [Fact]
    public void Detect_NationalFile_NoDepartmentInItsName()
    {
        var national = new SourceDetector(fixture.Catalog).Detect(Write("stat-offres_FR_2024.csv", 2024, ["01", "40"], offers: 1));
        var departmental = new SourceDetector(fixture.Catalog).Detect(Write("stat-offres_40_2024.csv", 2024, ["40"], offers: 1));

        Assert.Equal(("ft_offres", 2024, (string?)null), (national.File!.Contract.Id, national.File.Vintage, national.File.FileDepartment));
        Assert.Equal(("ft_offres", 2024, (string?)"40"), (departmental.File!.Contract.Id, departmental.File.Vintage, departmental.File.FileDepartment));
    }

    [Fact]
    public void Run_NationalThenADepartmentsOwnFile_ReplacesOnlyThatDepartmentsPartition()
    {
        var national = Ingest(Write("stat-offres_FR_2024.csv", 2024, ["01", "40", "2A"], offers: 1));
        Assert.Equal(["vintage=2024/territory_code=01", "vintage=2024/territory_code=2A", "vintage=2024/territory_code=40"], national.Partitions.Order(StringComparer.Ordinal));

        var landes = Ingest(Write("stat-offres_40_2024.csv", 2024, ["40"], offers: 2));

        Assert.Equal(IngestStatus.Loaded, landes.Status);
        Assert.Equal(["vintage=2024/territory_code=40"], landes.Partitions);
        Assert.Equal(8, LakeQuery.CountLake(_temp.Home.LakeDirectory, "ft_offres", "offers = 1 and territory_code in ('01', '2A')"));
        Assert.Equal(4, LakeQuery.CountLake(_temp.Home.LakeDirectory, "ft_offres", "offers = 2 and territory_code = '40'"));
        Assert.Equal(12, LakeQuery.CountLake(_temp.Home.LakeDirectory, "ft_offres"));
    }

    public void Dispose() => _temp.Dispose();

    private IngestFileResult Ingest(string path) =>
        IngestRunner.Run([path], new IngestOptions { Home = _temp.Home }).Files.Single();

    /// <summary>One block of four quarters per department, as France Travail writes its extractions.</summary>
    private string Write(string name, int year, IReadOnlyList<string> departments, int offers)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var department in departments)
        {
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"DEP;{department};Département {department};ROME;J1501;Aide-soignant;TRIMESTRE;{year}T{quarter};T{quarter} {year};TOFF;{offers}\r\n");
            }
        }

        return _temp.WriteInput(name, text.ToString(), new UTF8Encoding(true));
    }
}
