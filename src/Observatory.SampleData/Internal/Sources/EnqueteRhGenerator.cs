using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The observatory's employer survey: <c>enquete_tensions_rh_&lt;DEP&gt;_&lt;YYYY&gt;.xlsx</c>, sheet <c>Réponses</c>, one row
/// per responding establishment (FINESS numbers of the FINESS sample) × métier. Age bands sum to the headcount.
/// Some FTE cells were typed as text with a decimal comma, as in returned survey forms. Years from 2022 only.
/// </summary>
internal sealed class EnqueteRhGenerator : ISourceGenerator
{
    public const string SheetName = "Réponses";
    public const string UnknownMetierCode = "ZZZ";
    public const string UnparseableHeadcount = "quinze";

    public static readonly string[] Header =
    [
        "Année", "N° FINESS ET", "Raison sociale", "Département", "Catégorie FINESS", "Code métier", "Libellé métier",
        "Effectif au 31/12", "ETP réels", "ETP autorisés", "ETP vacants au 31/12", "Moins de 30 ans", "30-44 ans", "45-54 ans",
        "55 ans et plus", "Entrées", "Sorties", "Jours d'absence hors formation", "AT avec arrêt",
    ];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly double[] AgeWeights = [0.18, 0.34, 0.26, 0.22];

    /// <summary>First year of the survey (the contract's first variant starts in 2022, with the observatories).</summary>
    public const int FirstSurveyYear = 2022;

    public string SourceId => SourceIds.EnqueteRh;

    public static IReadOnlyList<int> SurveyYears(GenerationContext context) => context.Years.Where(y => y >= FirstSurveyYear).ToList();

    public static string FileName(string department, int year) => $"enquete_tensions_rh_{department}_{year.ToString(CultureInfo.InvariantCulture)}.xlsx";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        from department in context.Departments
        from year in SurveyYears(context)
        select new PlannedFile($"{SourceId}/{FileName(department.Code, year)}", SourceId, SampleDataGenerator.Year(year), false,
            () => Build(context, department, year));

    private static FileContent Build(GenerationContext context, DepartmentRef department, int year)
    {
        var sheet = new SheetContent(SheetName);
        sheet.Add([.. Header.Select(SheetCell.Of)]);
        var random = context.RandomFor(SourceIds.EnqueteRh, department.Code, SampleDataGenerator.Year(year));
        foreach (var e in context.EstablishmentsOf(department).Where(e => e.Category.Sector != "sanitaire"))
        {
            var propensity = context.RandomFor("survey-propensity", e.FinessNumber).Between(0.35, 0.85);
            if (random.NextDouble() > propensity)
            {
                continue;
            }

            var growth = 1 + (0.01 * (year - 2019));
            foreach (var (metier, weight) in e.Staffing)
            {
                var heads = random.Count(e.BaseHeadcount * weight * growth, 0.15);
                if (heads == 0)
                {
                    continue;
                }

                sheet.Add(Row(context, department, e, metier, heads, year, random));
            }
        }

        var defects = new List<PlantedDefect>();
        var rows = sheet.Rows.Count - 1;
        if (context.WithDefects && department == context.DefectDepartment && rows >= 3)
        {
            var path = $"{SourceIds.EnqueteRh}/{FileName(department.Code, year)}";
            if (year == SurveyYears(context)[0])
            {
                sheet.Rows[2][Array.IndexOf(Header, "Code métier")] = SheetCell.Of(UnknownMetierCode);
                defects.Add(new PlantedDefect(path, DefectKinds.UnknownMetier, DefectReasons.UnknownCode, null, SheetName, 3, "Code métier", UnknownMetierCode));
            }

            if (year == context.Years[^1])
            {
                sheet.Rows[3][Array.IndexOf(Header, "Effectif au 31/12")] = SheetCell.Of(UnparseableHeadcount);
                defects.Add(new PlantedDefect(path, DefectKinds.TextInNumber, DefectReasons.UnparseableNumber, null, SheetName, 4,
                    "Effectif au 31/12", UnparseableHeadcount));
            }
        }

        return new FileContent(XlsxWriter.Write([sheet], "Observatoire des métiers de l'accompagnement"), rows, defects);
    }

    private static SheetCell[] Row(GenerationContext context, DepartmentRef department, Establishment e, string metier, int heads, int year, Random random)
    {
        var profile = MetierProfiles.For(metier);
        var fte = Math.Round(heads * random.Between(0.78, 0.95), 1);
        var vacant = Math.Round(Math.Max(0, (fte + 0.5) * profile.Vacancy * random.Noise(0.6)), 1);
        var authorised = Math.Round(fte + vacant + (random.Next(3) * 0.2), 1);
        var ages = RandomExtensions.Split(heads, AgeWeights.Select(w => w * random.Noise(0.35)).ToArray());
        var entries = random.Count(heads * random.Between(0.10, 0.30), 0.2);
        var exits = random.Count(heads * random.Between(0.10, 0.28), 0.2);
        var absenceDays = random.Count(fte * 365 * profile.Absence, 0.35);
        var accidents = random.Count(heads * (metier is "AS" or "ADVF" or "AES" or "ASH" ? 0.09 : 0.04), 0.6);
        return
        [
            year, e.FinessNumber, e.LongName, department.Code, e.Category.Code, metier, context.Reference.MetierLabel(metier),
            heads, Fte(fte, random), Fte(authorised, random), Fte(vacant, random), ages[0], ages[1], ages[2], ages[3],
            entries, exits, absenceDays, accidents,
        ];
    }

    /// <summary>About one FTE cell in fifteen is text with a French decimal comma.</summary>
    private static SheetCell Fte(double value, Random random) =>
        random.Next(15) == 0 ? SheetCell.Of(value.ToString("0.0", French)) : SheetCell.Of(value);
}
