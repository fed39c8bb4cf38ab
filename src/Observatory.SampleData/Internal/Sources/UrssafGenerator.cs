using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Observatory.SampleData.Internal.Geography;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// URSSAF establishments and employees by commune × APE, wide: one column pair per year of the range, blank = secret.
/// Covers the NAF codes of <c>naf_codes.csv</c> flagged in the sector; Mayotte is outside the URSSAF field.
/// </summary>
internal sealed class UrssafGenerator : ISourceGenerator
{
    public const string FileName = "etablissements-et-effectifs-salaries-au-niveau-commune-x-ape-last.csv";
    public const string SectorGroup = "GS5 Autres services";

    public static readonly string[] FixedHeader =
        ["code_commune", "intitule_commune", "code_departement", "departement", "region", "code_ape", "ape", "grand_secteur_d_activite"];

    /// <summary>Establishments and average employees per establishment for a 500 000-inhabitant department.</summary>
    private static readonly FrozenDictionary<string, (double Establishments, double Employees)> ByNaf =
        new Dictionary<string, (double, double)>(StringComparer.Ordinal)
        {
            ["8810A"] = (60, 25), ["8810B"] = (8, 15), ["8810C"] = (8, 55), ["8710A"] = (30, 50), ["8710B"] = (3, 45),
            ["8710C"] = (4, 50), ["8720A"] = (5, 25), ["8720B"] = (1, 12), ["8730A"] = (8, 12), ["8730B"] = (2, 20),
            ["8790A"] = (8, 35), ["8790B"] = (6, 20), ["8891A"] = (45, 12), ["8891B"] = (8, 20), ["8899A"] = (6, 15),
            ["8899B"] = (40, 9),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly double[] CommuneWeights = [0.35, 0.25, 0.2, 0.12, 0.08];

    public string SourceId => SourceIds.UrssafEtabEffectifs;

    public IEnumerable<PlannedFile> Plan(GenerationContext context)
    {
        yield return new PlannedFile($"{SourceId}/{FileName}", SourceId, SampleDataGenerator.Year(context.Years[^1]), false,
            () => Build(context, context.Departments).Content);
    }

    public static (CsvTable Table, FileContent Content) Build(GenerationContext context, IReadOnlyList<DepartmentRef> departments)
    {
        var table = new CsvTable(';');
        table.Add([
            .. FixedHeader,
            .. context.Years.Select(y => "nombre_d_etablissements_" + SampleDataGenerator.Year(y)),
            .. context.Years.Select(y => "effectifs_salaries_" + SampleDataGenerator.Year(y)),
        ]);
        var nafCodes = context.Reference.NafCodes.Where(n => n.InSector).ToList();
        var rows = 0;
        foreach (var department in departments.Where(d => d.Code != "976"))
        {
            var region = context.Reference.Region(department.RegionCode);
            var size = DepartmentPopulations.SizeFactor(department.Code);
            var communes = CommuneFactory.For(department.Code, context.Options.Seed);
            var random = context.RandomFor(SourceIds.UrssafEtabEffectifs, department.Code);
            for (var c = 0; c < communes.Count; c++)
            {
                foreach (var naf in nafCodes)
                {
                    var (establishments, employees) = ByNaf.TryGetValue(naf.Code, out var profile) ? profile : (5.0, 15.0);
                    var expected = establishments * size * CommuneWeights[Math.Min(c, CommuneWeights.Length - 1)];
                    if (random.NextDouble() > Math.Min(1.0, 0.3 + expected))
                    {
                        continue;
                    }

                    var counts = new string[context.Years.Count];
                    var staff = new string[context.Years.Count];
                    var baseCount = Math.Max(1, random.Count(expected, 0.3));
                    var perEstablishment = employees * random.Noise(0.3);
                    for (var i = 0; i < context.Years.Count; i++)
                    {
                        var year = context.Years[i];
                        var count = Math.Max(1, random.Count(baseCount * (1 + (0.01 * (year - 2019))), 0.04));
                        var heads = random.Count(count * perEstablishment * EmployeeTrend(year), 0.03);
                        var secret = count <= 2 && random.NextDouble() < 0.8;
                        counts[i] = secret && random.NextDouble() < 0.25 ? string.Empty : count.ToString(CultureInfo.InvariantCulture);
                        staff[i] = secret ? string.Empty : heads.ToString(CultureInfo.InvariantCulture);
                    }

                    table.Add([
                        communes[c].Code, communes[c].Label, department.Code, department.Label, region.Label, naf.Code, naf.Label, SectorGroup,
                        .. counts, .. staff,
                    ]);
                    rows++;
                }
            }
        }

        return (table, new FileContent(table.Encode(new UTF8Encoding(false), byteOrderMark: false, "\n"), rows));
    }

    /// <summary>Employment trend of the sector (dip in 2020, apprentices counted from 2023).</summary>
    private static double EmployeeTrend(int year) => year switch
    {
        2020 => 0.99,
        >= 2023 => 1.0 + (0.015 * (year - 2019)) + 0.02,
        _ => 1.0 + (0.015 * (year - 2019)),
    };
}
