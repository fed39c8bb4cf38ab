using Observatory.Reporting.Formatting;

namespace Observatory.Reporting.Html;

/// <summary>The methodology's part on the official DARES / France Travail levels: what they are and how often they agree with the observatory's.</summary>
internal static class OfficialLevelsSection
{
    public static void Write(HtmlWriter html, RenderContext context)
    {
        var agreement = context.Model.Agreement;
        html.Element("h3", "Le niveau officiel de tension (DARES, France Travail)");
        html.Element("p", "La DARES et France Travail publient chaque année l'indicateur officiel de tension par famille professionnelle (FAP), en France, par région et par département, en cinq niveaux (fichier « Les tensions sur le marché du travail », nomenclature FAP 2009 jusqu'à l'édition 2023, FAP 2021 ensuite). Chaque fiche indique ce niveau officiel à côté de celui de l'observatoire, pour le code FAP du regroupement de métiers. La DARES le calcule sur des données nationales, avec ses propres composantes et sa propre distribution de référence : les deux niveaux ne coïncident donc pas toujours, et le niveau officiel ne renseigne pas sur un indice masqué de l'observatoire. Là où la volumétrie est insuffisante, la DARES ne publie qu'une valeur imputée, sans niveau (« imputé ») ; « nd » signale une cellule hors du champ de la DARES (Mayotte).");
        if (agreement.Count == 0)
        {
            html.Element("p", "Le fichier officiel n'est pas chargé dans cette édition : aucune concordance n'est calculée.", ("class", "small"));
            return;
        }

        html.Element("p", "Concordance des deux classements sur les cellules regroupement × territoire × année où les deux niveaux sont publiés (indice de l'observatoire ni masqué ni partiel), tous niveaux territoriaux confondus : part de niveaux identiques, part à un niveau près et kappa de Cohen à pondération linéaire (1 : accord parfait ; 0 : accord attendu du seul hasard ; poids de désaccord |i − j| / 4).");
        html.Open("table", ("class", "data compact"), ("data-block", "concordance"));
        html.Open("thead").Open("tr").Element("th", "Année").Element("th", "Cellules comparées").Element("th", "Niveaux identiques")
            .Element("th", "À un niveau près").Element("th", "Kappa pondéré").Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var row in agreement)
        {
            html.Open("tr").Element("td", row.Period == "ALL" ? "Ensemble" : row.Period);
            html.Element("td", FrenchNumber.Integer(row.Cells), ("class", "num"));
            html.Element("td", $"{FrenchNumber.Integer(row.Identical)} ({FrenchNumber.Percent(row.IdenticalShare)})", ("class", "num"));
            html.Element("td", $"{FrenchNumber.Integer(row.WithinOne)} ({FrenchNumber.Percent(row.WithinOneShare)})", ("class", "num"));
            html.Element("td", row.WeightedKappa is { } kappa ? FrenchNumber.Format(kappa, 2) : "–", ("class", "num"));
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }
}
