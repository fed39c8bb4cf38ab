using System.Globalization;
using Observatory.Core.Values;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>The closing sections: methodology, sources with vintages, statistical secrecy and the notes.</summary>
internal static class ReferenceSections
{
    public static void Methodology(HtmlWriter html, RenderContext context)
    {
        var model = context.Model;
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "methodologie");
        html.Element("h3", "L'indicateur principal de tension");
        var panel = model.Reference.FirstOrDefault(r => r.Role == "index" && r.Computed);
        html.Element("p", "Méthode DARES / Pôle emploi (2020). Pour chaque regroupement de métiers (grain des enquêtes Besoins en main-d'œuvre), les trois composantes principales — part des projets de recrutement jugés difficiles (50 %), offres rapportées aux entrées de demandeurs de catégorie A (30 %), taux d'écoulement de la demande d'emploi (20 %) — sont standardisées en scores z, orientées selon leur sens, puis moyennées avec ces poids (une composante principale non calculée dans l'édition laisse l'indice sur les autres, poids renormalisés). La standardisation se fait sur un panel de référence fixe, comme à la DARES : tous les métiers FAP de France" + (panel is null ? string.Empty : $" ({FrenchNumber.Integer(panel.MetierCount)} métiers) × les années {panel.ReferencePeriod}") + ", calculés sur les fichiers nationaux (BMO sur tous les bassins, France Travail France entière avec la table de passage ROME → FAP de la DARES ; un code ROME menant à plusieurs FAP compte pour une part égale dans chacune). Les niveaux sont les quintiles de ce panel, pour l'indice comme pour chaque composante ; les mêmes moyennes, écarts types et seuils valent pour toutes les années et tous les territoires (la DARES applique aussi les mêmes seuils aux niveaux national, régional et départemental), de sorte que le niveau d'un département ne dépend pas des autres départements chargés. L'indice est classé en cinq niveaux : " + string.Join(", ", TensionLevels.Names.Select(n => $"{n.Level} {n.Name}")) + (panel?.Thresholds is { } cuts ? $", seuils {string.Join(" / ", cuts.Select(c => FrenchNumber.Format(c, 2)))}" : string.Empty) + ". Une cellule à laquelle manque une composante n'a pas d'indice (nd) ; une cellule comptant moins de 30 offres, 30 projets ou 30 demandeurs d'emploi de catégorie A n'a pas d'indice publié (s), pas plus qu'une cellule dont une composante est masquée par le secret ; l'indice du territoire parent est alors indiqué en note quand il est publié.");
        html.Element("p", "Besoins en main-d'œuvre : France Travail masque (« * ») les petites cellules de bassin sans publier son seuil. Une cellule masquée est imputée au milieu de ses bornes supposées (1 à 3 projets ; pour les projets difficiles ou saisonniers, au plus les projets du bassin) : les totaux du département, de la région et de la France existent donc, avec le statut « imputé », et l'entrepôt publie la part imputée de chaque valeur (imputed_share).");
        html.Element("p", "Totaux régionaux et nationaux : une valeur de région ou de France n'est le total du territoire que si chacune de ses sources couvre tous ses départements. Sinon elle porte le statut « total partiel », la part des départements couverts (coverage) et leur nombre, et ce rapport l'étiquette « départements chargés (n/N) » : c'est la somme des départements chargés, pas une moyenne régionale ou nationale. Les fichiers nationaux par nature (BMO, statistiques de France Travail, DREES) sont chargés entiers ; l'enquête RH, la plateforme et le plan d'actions restent départementaux.");
        html.Element("p", "Périodes : l'année N des BMO est le millésime N (projets pour l'année N, enquête de fin N−1), rapproché des offres et entrées de l'année civile N ; les demandeurs d'emploi sont la moyenne annuelle des effectifs de fin de trimestre ; une année scolaire N–N+1 de la DREES est publiée sous l'année N (rentrée) ; la convention de chaque indicateur est rappelée dans les définitions ci-dessous.");
        html.Open("table", ("class", "data compact"));
        html.Open("thead").Open("tr").Element("th", "Composante").Element("th", "Rôle").Element("th", "Poids").Element("th", "Panel de référence").Element("th", "Cellules (métiers × années)").Element("th", "Moyenne").Element("th", "Écart type").Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var reference in model.Reference.Where(r => r.Computed))
        {
            html.Open("tr").Element("td", context.Label(reference.Indicator))
                .Element("td", reference.Role switch { "principal" => "principale", "index" => "indice", _ => "complémentaire" });
            html.Element("td", FrenchNumber.Format(reference.Weight, 2), ("class", "num"));
            html.Element("td", reference.ReferencePeriod, ("class", "num"));
            html.Element("td", $"{FrenchNumber.Integer(reference.CellCount)} ({FrenchNumber.Integer(reference.MetierCount)} métiers)", ("class", "num"));
            html.Element("td", reference.Mean is { } mean ? IndicatorFormat.Value(reference.Indicator, mean) : "–", ("class", "num"));
            html.Element("td", reference.StdDev is { } sd ? IndicatorFormat.Value(reference.Indicator, sd) : "–", ("class", "num"));
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        var notComputed = model.Reference.Where(r => !r.Computed).ToList();
        if (notComputed.Count > 0)
        {
            html.Element("p", "Dimensions de la méthode DARES non calculées dans cette édition (l'API les renvoie avec le statut « manquante » et leur raison) :");
            html.Open("ul", ("class", "small"));
            foreach (var dimension in notComputed)
            {
                html.Element("li", $"{context.Label(dimension.Indicator)} ({(dimension.Role == "principal" ? $"composante principale, poids {FrenchNumber.Format(dimension.Weight, 2)}" : "dimension complémentaire")}) : {dimension.Reason}");
            }

            html.Close("ul");
        }

        OfficialLevelsSection.Write(html, context);

        html.Element("h3", "Définitions des indicateurs");
        html.Open("dl", ("class", "definitions"));
        foreach (var indicator in model.Indicators.Where(i => i.CatalogueStatus == "computed"))
        {
            html.Element("dt", $"{indicator.Label} ({indicator.Unit})");
            html.Open("dd").Text(indicator.Definition);
            if (indicator.Formula.Length > 0)
            {
                html.Text(" Formule : ").Element("code", indicator.Formula).Text(".");
            }

            if (indicator.PeriodConvention.Length > 0)
            {
                html.Text(" Période : " + indicator.PeriodConvention);
            }

            if (indicator.Caveats.Length > 0)
            {
                html.Text(" Précautions : " + indicator.Caveats);
            }

            if (indicator.Methodology.Length > 0)
            {
                html.Text(" Référence : " + indicator.Methodology);
            }

            html.Close("dd");
        }

        html.Close("dl");
        var planned = model.Indicators.Where(i => i.CatalogueStatus == "planned").ToList();
        if (planned.Count > 0)
        {
            html.Element("p", "Indicateurs prévus, pas encore calculés : " + string.Join(" ; ", planned.Select(i => i.PlannedReason.Length > 0 ? $"{i.Label} ({i.PlannedReason})" : i.Label)) + ".", ("class", "small"));
        }

        html.Close("section").Line();
    }

    public static void Sources(HtmlWriter html, RenderContext context)
    {
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "sources");
        html.Element("p", $"Fichiers des producteurs chargés dans l'édition {context.Model.Edition.RunId} ; chaque valeur publiée renvoie à ses fichiers (empreinte SHA-256) dans l'entrepôt.");
        html.Open("table", ("class", "data"));
        html.Open("thead").Open("tr").Element("th", "Source").Element("th", "Producteur et contenu").Element("th", "Millésimes").Element("th", "Fichiers").Element("th", "Lignes").Element("th", "Chargé le").Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var source in context.Model.Sources)
        {
            html.Open("tr").Element("td", source.Source).Element("td", SourceNames.Describe(source.Source)).Element("td", source.Vintages == "-" ? "sans millésime" : source.Vintages);
            html.Element("td", FrenchNumber.Integer(source.Files), ("class", "num"));
            html.Element("td", FrenchNumber.Integer(source.LakeRows), ("class", "num"));
            html.Element("td", source.LastLoaded);
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        html.Close("section").Line();
    }

    public static void Secrecy(HtmlWriter html, RenderContext context)
    {
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "secret");
        html.Element("p", "Une valeur masquée n'est jamais remplacée par zéro : elle est imprimée « s » (secret statistique) ou « nd » (non disponible), avec un renvoi vers sa note. Le contrôle s'applique à tout ce qu'un lecteur anonyme peut obtenir (tables pub, API, exports, tableau de bord, ce document), traité comme un seul ensemble de tableaux liés :");
        html.Open("ul");
        foreach (var rule in new[]
        {
            "chaque valeur publiée est décomposée en quantités additives (un comptage, le numérateur et le dénominateur d'un ratio) ; une même quantité publiée dans plusieurs indicateurs (l'effectif est le dénominateur de la part des 55 ans et plus, du taux de rotation…) est masquée partout dès qu'elle l'est quelque part ;",
            "règles primaires : cellule masquée par la source ; fréquence (moins de 3 établissements, ou moins de 5 personnes) ; dominance (un établissement au-delà de 85 % du numérateur) ; opérande d'un ratio inférieur à 5 personnes ;",
            "indice de tension : non publié sous 30 offres, 30 projets de recrutement ou 30 demandeurs d'emploi de catégorie A ; sa composante « part des projets difficiles » est alors masquée, et un indice n'est publié qu'avec ses deux composantes principales, pour qu'aucun indice masqué ne puisse être recalculé ;",
            "secret secondaire, répété jusqu'à ce qu'il ne change plus rien : pour tout lecteur — anonyme, ou analyste d'un département, qui voit son département sans masque et ce qu'il peut en déduire —, aucune égalité publiée (région = somme de ses départements, France = somme des régions ou des départements, groupe de métiers = somme de ses métiers, total de tous les métiers) ne laisse une seule cellule masquée inconnue, ni des cellules masquées dont il ne reste rien à répartir (un effectif n'est jamais négatif : elles vaudraient toutes 0) ;",
            "une valeur masquée garde les opérandes publiés ailleurs (le dénominateur d'un taux masqué pour son petit numérateur), jamais les deux ; le nombre d'établissements répondants est toujours publié ;",
            "un audit indépendant, bloquant, rejoue l'attaque sur les tables publiées (différences le long de chaque hiérarchie, quantités liées, formules des ratios et de l'indice, aussi avec la connaissance d'un analyste départemental) : une édition où une cellule masquée peut être retrouvée n'est pas publiée.",
        })
        {
            html.Element("li", rule);
        }

        html.Close("ul");
        Loss(html, context.Model.Disclosure);
        html.Element("p", $"Ce document signale {FrenchNumber.Integer(context.Notes.MaskedValues)} valeur(s) masquée(s). Récapitulatif des notes :");
        html.Open("ol", ("class", "notes recap"));
        foreach (var (number, text) in context.Notes.All)
        {
            html.Element("li", text, ("value", number.ToString(CultureInfo.InvariantCulture)));
        }

        html.Close("ol");
        html.Close("section").Line();
    }

    private static void Loss(HtmlWriter html, IReadOnlyList<DisclosureCount> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        var total = counts.Sum(c => c.Cells);
        html.Element("p", $"Coût du secret dans l'édition : sur {FrenchNumber.Integer(total)} cellules (indicateur × métier × territoire × période), répartition par issue :");
        html.Open("table", ("class", "disclosure-loss")).Open("thead").Open("tr");
        html.Element("th", "Issue").Element("th", "Cellules").Element("th", "Part");
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var count in counts)
        {
            html.Open("tr");
            html.Element("td", count.Outcome == "shown" ? "publiées" : "masquées : " + DisclosureReasons.Label(count.Outcome));
            html.Element("td", FrenchNumber.Integer(count.Cells));
            html.Element("td", FrenchNumber.Percent(count.Share));
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }
}
