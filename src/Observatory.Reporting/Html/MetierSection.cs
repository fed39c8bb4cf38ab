using Observatory.Reporting.Charts;
using Observatory.Reporting.Formatting;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>The page of one priority métier: tension, offers and job seekers, BMO, training, quality of work life.</summary>
internal static class MetierSection
{
    private static readonly string[] Levels = ["DEP", "REG", "NAT"];

    public static void Intro(HtmlWriter html, RenderContext context)
    {
        html.Open("section", ("class", "chapter")).Line();
        context.Heading(html, "h2", "fiches");
        html.Element("p", context.Model.PriorityRule);
        html.Element("p", "Chaque fiche présente l'indicateur de tension et ses composantes, les offres et demandeurs d'emploi, les projets de recrutement (BMO), la formation face aux besoins et la qualité de vie au travail, avec les séries annuelles du département et la comparaison avec la région et la France. Lorsqu'une source ne publie le métier qu'au sein d'un regroupement, les valeurs du regroupement sont présentées et la fiche le précise.");
        html.Element("p", "Symboles : « s » secret statistique, « nd » donnée non disponible, « – » pas de donnée publiée ; les chiffres en exposant renvoient aux notes en bas de fiche.", ("class", "small"));
        html.Close("section").Line();
    }

    public static void Render(HtmlWriter html, RenderContext context, MetierPage page, string id)
    {
        html.Open("section", ("class", "chapter metier"), ("data-metier", page.Metier.Code)).Line();
        context.Heading(html, "h2", id);
        if (page.Metier.IsGroup)
        {
            html.Element("p", $"Regroupement de métiers : {string.Join(", ", page.Metier.Members)}.", ("class", "small"));
        }

        Tension(html, context, page);
        foreach (var block in page.Blocks)
        {
            Block(html, context, page, block);
        }

        context.Notes.Flush(html);
        html.Close("section").Line();
    }

    private static void Tension(HtmlWriter html, RenderContext context, MetierPage page)
    {
        var model = context.Model;
        html.Element("h3", "Indicateur de tension et composantes");
        if (page.Tension.Count == 0)
        {
            html.Element("p", "Pas d'indicateur de tension publié pour ce métier ni pour un regroupement qui le contient.", ("class", "small"));
            return;
        }

        var subject = page.Tension[0];
        if (subject.Metier != page.Metier.Code)
        {
            html.Element("p", $"Indice publié pour le regroupement « {subject.MetierLabel} », qui contient ce métier.", ("class", "small"));
        }

        html.Open("table", ("class", "data compact"), ("data-block", "tension"));
        html.Open("thead").Open("tr").Element("th", model.Year);
        foreach (var level in Levels)
        {
            html.Element("th", context.TerritoryName(level, [Find(page, level, model.Year)?.Partial]));
        }

        html.Close("tr").Close("thead").Open("tbody");
        html.Open("tr").Element("th", "Indice");
        foreach (var level in Levels)
        {
            html.Open("td", ("class", "num"));
            TensionCellWriter.Index(html, context, Find(page, level, model.Year));
            html.Close("td");
        }

        html.Close("tr").Open("tr").Element("th", "Niveau");
        foreach (var level in Levels)
        {
            html.Open("td");
            TensionCellWriter.Level(html, Find(page, level, model.Year));
            html.Close("td");
        }

        html.Close("tr").Open("tr").Element("th", "Niveau officiel (DARES)");
        foreach (var level in Levels)
        {
            html.Open("td");
            TensionCellWriter.Official(html, Find(page, level, model.Year));
            html.Close("td");
        }

        html.Close("tr").Close("tbody").Close("table");

        if (page.Components.Count > 0)
        {
            html.Open("table", ("class", "data compact"));
            html.Open("thead").Open("tr").Element("th", $"Composante ({model.Territory.Label}, {model.Year})").Element("th", "Rôle").Element("th", "Valeur").Element("th", "Score z").Element("th", "Niveau").Close("tr").Close("thead");
            html.Open("tbody");
            foreach (var component in page.Components)
            {
                html.Open("tr").Element("td", context.Label(component.Indicator)).Element("td", component.Role == "principal" ? "principale" : "complémentaire");
                html.Element("td", component.Value is { } v ? IndicatorFormat.Value(component.Indicator, v) : "–", ("class", "num"));
                html.Element("td", component.ZScore is { } z ? FrenchNumber.Signed(z) : "–", ("class", "num"));
                html.Element("td", component.Level is { } l ? TensionLevels.Describe(l, null) : "–");
                html.Close("tr");
            }

            html.Close("tbody").Close("table");
        }

        var series = Levels.Select(level => new ChartSeries(
            context.TerritoryName(level, model.Years.Select(year => Find(page, level, year)?.Partial)),
            Color(level),
            [.. model.Years.Select(year => Find(page, level, year)?.Index)],
            level != "DEP")).ToList();
        Chart(html, LineChart.Render(context.NextChartId(), $"Indice de tension de {subject.MetierLabel}, {model.Years[0]}–{model.Year}", Describe(model.Years, series, v => FrenchNumber.Signed(v)), model.Years, series, v => FrenchNumber.Signed(v, 1)), "Évolution de l'indice de tension (0 = moyenne de référence).");
    }

    private static void Block(HtmlWriter html, RenderContext context, MetierPage page, IndicatorBlock block)
    {
        var model = context.Model;
        html.Element("h3", block.Title);
        if (block.Figures.Count == 0)
        {
            html.Element("p", "Aucune donnée publiée pour ce métier dans cette édition.", ("class", "small"));
            return;
        }

        var shownFor = block.Figures[0].Metier;
        if (shownFor != page.Metier.Code)
        {
            var group = page.Groups.FirstOrDefault(g => g.Code == shownFor);
            html.Element("p", $"Valeurs publiées pour le regroupement « {group?.Label ?? shownFor} » : la source ne distingue pas ce métier.", ("class", "small"));
        }

        var indicators = block.Indicators.Where(i => block.Figures.Any(f => f.Indicator == i)).ToList();
        html.Open("table", ("class", "data compact"), ("data-block", block.Key));
        html.Open("thead").Open("tr").Element("th", $"{DisclosureText.Level(block.SeriesLevel)} : {SeriesPlace(context, block)}");
        foreach (var year in model.Years)
        {
            html.Element("th", year);
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var indicator in indicators)
        {
            html.Open("tr").Element("th", context.Label(indicator));
            foreach (var year in model.Years)
            {
                html.Open("td", ("class", "num"));
                context.Value(html, block.Find(indicator, block.SeriesLevel, year));
                html.Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");

        html.Open("table", ("class", "data compact"), ("data-block", block.Key + "-comparaison"));
        html.Open("thead").Open("tr").Element("th", $"Comparaison {model.Year}");
        foreach (var level in Levels)
        {
            html.Element("th", context.TerritoryName(level, indicators.Select(i => block.Find(i, level, model.Year)?.Partial)));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var indicator in indicators)
        {
            html.Open("tr").Element("th", context.Label(indicator));
            foreach (var level in Levels)
            {
                html.Open("td", ("class", "num"));
                context.Value(html, block.Find(indicator, level, model.Year));
                html.Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        BlockChart(html, context, block);
    }

    private static void BlockChart(HtmlWriter html, RenderContext context, IndicatorBlock block)
    {
        var years = context.Model.Years;
        var place = SeriesPlace(context, block);
        switch (block.Key)
        {
            case "offres":
                Bars(html, context, block, "job_offers", "job_seekers_a", $"Offres d'emploi et demandeurs d'emploi cat. A, {place}");
                break;
            case "formation":
                Bars(html, context, block, "training_graduates", "recruitment_projects", $"Diplômés et projets de recrutement, {place}");
                break;
            case "bmo":
                Lines(html, context, block, "recruitment_difficulty_rate", $"Part des projets de recrutement jugés difficiles, {years[0]}–{context.Model.Year}");
                break;
            case "qvt":
                Lines(html, context, block, "absenteeism_rate", $"Taux d'absentéisme, {years[0]}–{context.Model.Year}");
                break;
        }
    }

    private static void Bars(HtmlWriter html, RenderContext context, IndicatorBlock block, string first, string second, string title)
    {
        var years = context.Model.Years;
        var series = new List<ChartSeries>
        {
            new(context.Label(first), ChartPalette.Department, [.. years.Select(y => block.Find(first, block.SeriesLevel, y)?.Value)], false, [.. years.Select(y => block.Find(first, block.SeriesLevel, y)?.IsMasked ?? false)]),
            new(context.Label(second), ChartPalette.France, [.. years.Select(y => block.Find(second, block.SeriesLevel, y)?.Value)], false, [.. years.Select(y => block.Find(second, block.SeriesLevel, y)?.IsMasked ?? false)]),
        };
        if (series.All(s => s.Values.All(v => v is null)))
        {
            return;
        }

        Chart(html, GroupedBarChart.Render(context.NextChartId(), title, Describe(years, series, FrenchNumber.Integer), years, series, FrenchNumber.Integer), title + ".");
    }

    private static void Lines(HtmlWriter html, RenderContext context, IndicatorBlock block, string indicator, string title)
    {
        var years = context.Model.Years;
        var series = Levels.Select(level => new ChartSeries(context.TerritoryName(level, years.Select(y => block.Find(indicator, level, y)?.Partial)), Color(level), [.. years.Select(y => block.Find(indicator, level, y)?.Value)], level != "DEP", [.. years.Select(y => block.Find(indicator, level, y)?.IsMasked ?? false)])).ToList();
        if (series.All(s => s.Values.All(v => v is null)))
        {
            return;
        }

        Func<double, string> format = v => IndicatorFormat.Value(indicator, v);
        Chart(html, LineChart.Render(context.NextChartId(), title, Describe(years, series, format), years, series, format), title + ".");
    }

    private static void Chart(HtmlWriter html, HtmlWriter svg, string caption)
    {
        html.Open("figure", ("class", "small-chart")).Append(svg).Element("figcaption", caption).Close("figure").Line();
    }

    /// <summary>The chart's text alternative: every value of every series, « s » where masked, « – » where absent.</summary>
    private static string Describe(IReadOnlyList<string> years, IReadOnlyList<ChartSeries> series, Func<double, string> format) =>
        string.Join(" ; ", series.Select(s => $"{s.Name} : " + string.Join(", ", years.Select((y, i) => $"{y} {(i < s.Values.Count && s.Values[i] is { } v ? format(v) : s.IsMasked(i) ? "s" : "–")}"))));

    /// <summary>The name of the territory a block's series is shown for, with its coverage when partial.</summary>
    private static string SeriesPlace(RenderContext context, IndicatorBlock block) =>
        context.TerritoryName(block.SeriesLevel, block.Figures.Where(f => f.TerritoryLevel == block.SeriesLevel).Select(f => f.Partial));

    private static TensionCell? Find(MetierPage page, string level, string period) =>
        page.Tension.FirstOrDefault(t => t.TerritoryLevel == level && t.Period == period);

    private static string Color(string level) => level switch
    {
        "DEP" => ChartPalette.Department,
        "REG" => ChartPalette.Region,
        _ => ChartPalette.France,
    };
}
