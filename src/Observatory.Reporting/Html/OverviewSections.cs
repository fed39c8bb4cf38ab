using Observatory.Reporting.Charts;
using Observatory.Reporting.Formatting;

namespace Observatory.Reporting.Html;

/// <summary>The first sections: key figures, the tension ranking, the department beside its region and France.</summary>
internal static class OverviewSections
{
    public static void KeyFigures(HtmlWriter html, RenderContext context)
    {
        var model = context.Model;
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "chiffres-cles");
        html.Element("p", $"{model.Territory.Label}, année {model.Year}. Les sommes portent sur les cellules publiées ; les cellules masquées par le secret statistique en sont exclues et signalées en note.");
        html.Open("div", ("class", "key-figures"));
        foreach (var figure in model.KeyFigures)
        {
            html.Open("div", ("class", "key-figure"), ("data-figure", figure.Code));
            html.Open("p", ("class", "key-value"));
            if (figure.Value is { } value)
            {
                html.Text(figure.Code == "strong_tension_count"
                    ? $"{FrenchNumber.Integer(value)} sur {FrenchNumber.Integer(figure.Cells - figure.Masked)}"
                    : IndicatorFormat.Value(figure.Code, value));
            }
            else
            {
                html.Open("span", ("class", "masked")).Text("s").Close("span");
            }

            if (figure.Masked > 0 || figure.Value is null)
            {
                var note = figure.Code == "strong_tension_count"
                    ? $"{FrenchNumber.Integer(figure.Masked)} regroupement(s) de métiers sans indice (secret : volume insuffisant) non classé(s)."
                    : $"Somme des cellules publiées : {FrenchNumber.Integer(figure.Masked)} cellule(s) sur {FrenchNumber.Integer(figure.Cells)} masquée(s) par le secret statistique n'y figurent pas.";
                Footnotes.Marker(html, context.Notes.Note(note, masked: figure.Value is null));
            }

            html.Close("p");
            html.Element("p", KeyFigureLabel(figure.Code), ("class", "key-label"));
            html.Close("div");
        }

        html.Close("div").Line();
        var top = model.Ranking.FirstOrDefault(r => r.Index is not null);
        if (top is not null)
        {
            html.Element("p", $"Métier le plus en tension en {model.Year} : {top.MetierLabel} (indice {FrenchNumber.Signed(top.Index!.Value)}, niveau {TensionLevels.Describe(top.Level ?? 0, top.LevelLabel)}).", ("class", "highlight"));
        }

        context.Notes.Flush(html);
        html.Close("section").Line();
    }

    public static void Ranking(HtmlWriter html, RenderContext context)
    {
        var model = context.Model;
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "classement");
        html.Element("p", $"Indicateur principal de tension par regroupement de métiers (grain des enquêtes BMO), {model.Territory.Label}, {model.Year}. L'indice est une moyenne pondérée de scores z (0 = moyenne de référence) ; les niveaux vont de 1 (très faible) à 5 (très forte).");
        var description = string.Join(" ; ", model.Ranking.Select(r => $"{r.MetierLabel} : {(r.Index is { } i ? $"{FrenchNumber.Signed(i)}, niveau {r.Level}" : "secret")}"));
        html.Open("figure");
        html.Append(RankingChart.Render(context.NextChartId(), $"Classement des métiers par indice de tension, {model.Territory.Label}, {model.Year}", description, model.Ranking));
        html.Element("figcaption", "Barres colorées selon le niveau de tension (1 très faible à 5 très forte) ; « s » : indice couvert par le secret.");
        html.Close("figure");

        html.Open("table", ("class", "data"));
        html.Open("thead").Open("tr").Element("th", "Rang").Element("th", "Métier").Element("th", "Indice").Element("th", "Niveau").Close("tr").Close("thead");
        html.Open("tbody");
        var rank = 0;
        foreach (var row in model.Ranking)
        {
            html.Open("tr", ("data-metier", row.Metier));
            html.Element("td", row.Index is null ? "–" : (++rank).ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "num"));
            html.Element("td", row.MetierLabel);
            html.Open("td", ("class", "num"));
            TensionCellWriter.Index(html, context, row);
            html.Close("td").Open("td");
            TensionCellWriter.Level(html, row);
            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Close("table");
        context.Notes.Flush(html);
        html.Close("section").Line();
    }

    public static void Comparison(HtmlWriter html, RenderContext context)
    {
        var model = context.Model;
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "comparaison");
        html.Element("p", $"Indice de tension {model.Year} de chaque regroupement de métiers : {model.Territory.Label}, région {model.Territory.RegionLabel} et France.");
        var cells = model.Comparison;
        html.Open("table", ("class", "data"));
        html.Open("thead").Open("tr").Element("th", "Métier").Element("th", model.Territory.Label)
            .Element("th", context.TerritoryName("REG", cells.Where(c => c.TerritoryLevel == "REG").Select(c => c.Partial)))
            .Element("th", context.TerritoryName("NAT", cells.Where(c => c.TerritoryLevel == "NAT").Select(c => c.Partial)))
            .Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var row in model.Ranking)
        {
            html.Open("tr", ("data-metier", row.Metier)).Element("td", row.MetierLabel);
            foreach (var level in new[] { "DEP", "REG", "NAT" })
            {
                var cell = level == "DEP" ? row : cells.FirstOrDefault(c => c.Metier == row.Metier && c.TerritoryLevel == level);
                html.Open("td", ("class", "num"));
                TensionCellWriter.Index(html, context, cell);
                if (cell?.Level is { } l)
                {
                    html.Open("span", ("class", $"dot level-{l}"), ("title", $"niveau {l}")).Text($" ({l})").Close("span");
                }

                html.Close("td");
            }

            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table");
        html.Element("p", "« – » : pas d'indice publié pour ce territoire.", ("class", "small"));
        context.Notes.Flush(html);
        html.Close("section").Line();
    }

    private static string KeyFigureLabel(string code) => code switch
    {
        "job_offers" => "offres d'emploi enregistrées dans l'année",
        "job_seekers_a" => "demandeurs d'emploi de catégorie A",
        "recruitment_projects" => "projets de recrutement (BMO)",
        "recruitment_difficulty_rate" => "des projets de recrutement jugés difficiles",
        "strong_tension_count" => "regroupements de métiers en tension forte ou très forte",
        _ => code,
    };
}
