using System.Globalization;
using System.Text;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// FINESS extraction: one headerless ISO-8859-1 file, <c>finess;etalab;&lt;date&gt;</c>, then the <c>structureet</c>
/// lines (32 fields) of every sample establishment and their <c>geolocalisation</c> lines.
/// </summary>
internal sealed class FinessGenerator : ISourceGenerator
{
    public static readonly Encoding Latin1 = Encoding.Latin1;

    public string SourceId => SourceIds.Finess;

    public static DateOnly ExtractionDate(GenerationContext context) => new(context.Years[^1], 12, 31);

    public static string FileName(GenerationContext context) =>
        $"etalab-cs1100507-stock-{ExtractionDate(context).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-0336.csv";

    public IEnumerable<PlannedFile> Plan(GenerationContext context)
    {
        yield return new PlannedFile($"{SourceId}/{FileName(context)}", SourceId,
            ExtractionDate(context).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, () => Build(context));
    }

    /// <summary>FINESS department code: DROM use 9A…9F rather than 971…976 (to verify against a real extraction).</summary>
    public static string FinessDepartment(string code) => code switch
    {
        "971" => "9A",
        "972" => "9B",
        "973" => "9C",
        "974" => "9D",
        "976" => "9F",
        _ => code,
    };

    private static FileContent Build(GenerationContext context)
    {
        var table = new CsvTable(';');
        table.AddRaw("finess;etalab;" + ExtractionDate(context).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var geolocation = new List<string[]>();
        foreach (var department in context.Departments)
        {
            var random = context.RandomFor(SourceIds.Finess, department.Code);
            foreach (var e in context.EstablishmentsOf(department))
            {
                table.Add(StructureLine(context, department, e, random));
                geolocation.Add([
                    "geolocalisation", e.FinessNumber, e.X.ToString("F1", CultureInfo.InvariantCulture),
                    e.Y.ToString("F1", CultureInfo.InvariantCulture), CoordinateSource(department.Code),
                ]);
            }
        }

        foreach (var line in geolocation)
        {
            table.Add(line);
        }

        return new FileContent(table.Encode(Latin1, byteOrderMark: false, "\r\n"), table.LineCount - 1);
    }

    private static string[] StructureLine(GenerationContext context, DepartmentRef department, Establishment e, Random random)
    {
        var (number, type, street) = SplitStreet(e.Street);
        var profile = StaffingProfiles.For(e.Category.Code);
        var ape = context.Reference.NafCodes.Any(n => n.Code == profile.Ape) ? profile.Ape : string.Empty;
        var (mft, mftLabel) = e.Category.Sector switch
        {
            "autonomie" => ("45", "ARS / PCD Tarif global"),
            "handicap" => ("34", "ARS / DG Tarif global"),
            "sanitaire" => ("01", "Tarifs ARS"),
            "insertion" => ("06", "Préfet de Région"),
            _ => ("03", "Président du Conseil Départemental"),
        };
        var (sph, sphLabel) = e.Category.Sector == "sanitaire" ? ("1", "Etablissement public de santé") : (string.Empty, string.Empty);
        var postcode = (department.Code is "2A" or "2B" ? "20" : department.Code[..2]) + e.Commune.Code[^3..];
        var updated = new DateOnly(context.Years[^1], 1 + random.Next(12), 1 + random.Next(28));
        return
        [
            "structureet", e.FinessNumber, e.LegalEntityNumber, e.ShortName, e.LongName, string.Empty, string.Empty,
            number, type, street, string.Empty, string.Empty, e.Commune.Code[^3..], FinessDepartment(department.Code),
            Plain(department.Label).ToUpperInvariant(), postcode + " " + Plain(e.Commune.Label).ToUpperInvariant().Replace('-', ' '),
            Phone(department.RegionCode, random), random.Next(4) == 0 ? Phone(department.RegionCode, random) : string.Empty,
            e.Category.Code, e.Category.Label, e.Category.AggregateCode, e.Category.AggregateLabel, e.Siret, ape,
            mft, mftLabel, sph, sphLabel, Date(e.Opened), Date(e.Opened.AddMonths(-6 - random.Next(24))), Date(updated), string.Empty,
        ];
    }

    private static (string Number, string Type, string Street) SplitStreet(string street)
    {
        var parts = street.Split(' ', 3);
        var type = parts[1] switch
        {
            "rue" => "R",
            "avenue" => "AV",
            "chemin" => "CHE",
            "place" => "PL",
            "boulevard" => "BD",
            "route" => "RTE",
            "allée" => "ALL",
            _ => parts[1].ToUpperInvariant(),
        };
        return (parts[0], type, Plain(parts[2]).ToUpperInvariant());
    }

    private static string CoordinateSource(string departmentCode) => departmentCode switch
    {
        "971" or "972" => "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20",
        "973" => "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22",
        "974" => "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40",
        "976" => "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S38",
        _ => "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93",
    };

    private static string Phone(string regionCode, Random random)
    {
        var area = regionCode switch
        {
            "11" => "01",
            "24" or "28" or "52" or "53" => "02",
            "27" or "32" or "44" => "03",
            "75" or "76" => "05",
            _ => "04",
        };
        return area + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Plain(string text) => new(text.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
}
