using System.Globalization;
using Observatory.SampleData.Internal.Output;
using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>
/// The department's action plan: <c>plan_actions_&lt;DEP&gt;.xlsx</c>, sheet <c>Plan d'actions</c>. The Landes use the four
/// axes of their roadmap (DATA-SOURCES §9); other departments the four axes of the Ain plan. Dates are text dd/MM/yyyy.
/// </summary>
internal sealed class PlanActionsGenerator : ISourceGenerator
{
    public const string SheetName = "Plan d'actions";

    public static readonly string[] Header =
    [
        "Département", "Axe", "N° action", "Intitulé de l'action", "Pilote", "Statut", "Date de début", "Date de fin prévue",
        "Indicateur de suivi", "Cible", "Réalisé",
    ];

    public static readonly string[] Statuses = ["Prévue", "En cours", "Réalisée", "Abandonnée"];

    private static readonly string[] LandesAxes =
    [
        "1 - Mieux former et recruter pour un vivier territorial dynamique",
        "2 - Fidéliser les professionnels en sécurisant durablement leur parcours",
        "3 - Innover dans le management et les organisations de travail",
        "4 - Changer l'image, valoriser et sensibiliser",
    ];

    private static readonly string[] AinAxes =
    [
        "1 - Promotion des métiers et recrutement",
        "2 - Alternance et formation",
        "3 - Fidélisation et qualité de vie au travail",
        "4 - Actions transversales et observatoire",
    ];

    private static readonly (string Title, string Indicator)[][] ActionsByAxis =
    [
        [
            ("Forum des métiers de l'accompagnement", "Nombre de visiteurs"), ("Immersions en EHPAD et SAAD (PMSMP)", "Nombre d'immersions"),
            ("Job dating avec France Travail", "Nombre de recrutements"), ("Préparations opérationnelles à l'emploi collectives (POEC)", "Nombre de stagiaires"),
            ("Accompagnement des allocataires du RSA vers les métiers du soin", "Nombre de personnes accompagnées"),
        ],
        [
            ("Places supplémentaires en formation d'aide-soignant", "Nombre de places ouvertes"), ("Apprentissage AES en SAAD", "Nombre de contrats"),
            ("Tutorat des nouveaux professionnels", "Nombre de tuteurs formés"), ("Bourses aux étudiants en travail social", "Nombre de bourses"),
            ("Validation des acquis de l'expérience collective", "Nombre de candidats"),
        ],
        [
            ("Aide à l'équipement en véhicules des aides à domicile", "Nombre de véhicules"), ("Plan de prévention des troubles musculo-squelettiques", "Nombre de structures engagées"),
            ("Revalorisation des temps de trajet", "Nombre d'ETP concernés"), ("Crèches à horaires atypiques pour les professionnels", "Nombre de places"),
            ("Formation des encadrants au management bienveillant", "Nombre d'encadrants formés"),
        ],
        [
            ("Observatoire des tensions RH", "Nombre de publications"), ("Campagne de communication « Métiers qui ont du sens »", "Nombre de vues"),
            ("Comité de pilotage partenarial", "Nombre de réunions"), ("Enquête annuelle auprès des employeurs", "Taux de réponse (%)"),
            ("Interventions dans les collèges et lycées", "Nombre d'élèves sensibilisés"),
        ],
    ];

    private static readonly string[] Owners =
        ["Département", "France Travail", "ARS", "Région", "Plateforme des métiers", "OPCO Santé", "IFSI / IFAS", "Fédérations d'employeurs"];

    public string SourceId => SourceIds.PlanActions;

    public static string FileName(string department) => $"plan_actions_{department}.xlsx";

    public IEnumerable<PlannedFile> Plan(GenerationContext context) =>
        context.Departments.Select(department => new PlannedFile($"{SourceId}/{FileName(department.Code)}", SourceId,
            SampleDataGenerator.Year(context.Years[^1]), false, () => Build(context, department)));

    public static FileContent Build(GenerationContext context, DepartmentRef department)
    {
        var sheet = new SheetContent(SheetName);
        sheet.Add([.. Header.Select(SheetCell.Of)]);
        var random = context.RandomFor(SourceIds.PlanActions, department.Code);
        var axes = department.Code == "40" ? LandesAxes : AinAxes;
        var reference = new DateOnly(context.Years[^1], 12, 31);
        var start = new DateOnly(Math.Max(2022, context.Years[^1] - 2), 1, 1);
        for (var a = 0; a < axes.Length; a++)
        {
            var count = 4 + random.Next(4);
            for (var i = 0; i < count; i++)
            {
                var (title, indicator) = random.Pick(ActionsByAxis[a]);
                var begin = start.AddDays(random.Next(900));
                var end = begin.AddMonths(6 + random.Next(30));
                var status = begin > reference ? "Prévue"
                    : random.Next(12) == 0 ? "Abandonnée"
                    : end < reference ? "Réalisée"
                    : "En cours";
                var target = (5 + random.Next(20)) * (indicator.StartsWith("Nombre de vues", StringComparison.Ordinal) ? 1000 : 5);
                var achieved = status switch
                {
                    "Réalisée" => SheetCell.Of(Math.Round(target * random.Between(0.7, 1.2))),
                    "En cours" => SheetCell.Of(Math.Round(target * random.Between(0.1, 0.8))),
                    "Abandonnée" => SheetCell.Of(Math.Round(target * random.Between(0.0, 0.2))),
                    _ => SheetCell.Empty,
                };
                sheet.Add(department.Code, axes[a], (a + 1).ToString(CultureInfo.InvariantCulture) + "." + (i + 1).ToString(CultureInfo.InvariantCulture),
                    title, random.Pick(Owners), status, Text(begin), Text(end), indicator, target, achieved);
            }
        }

        return new FileContent(XlsxWriter.Write([sheet], "Conseil départemental"), sheet.Rows.Count - 1);
    }

    private static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
