using System.Globalization;
using System.Text;
using Observatory.Reporting.Data;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>
/// Renders the <see cref="ReportModel"/> as one self-contained HTML document (inline CSS and SVG,
/// no script, no clock): the same model gives the same bytes.
/// </summary>
public static class ReportHtmlRenderer
{
    /// <summary>Renders the publication.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="pageNumbers">The page of each section (from a first PDF pass), shown in the table of contents; null in plain HTML.</param>
    /// <param name="pageMarkers">Whether to write the invisible per-section markers used to find those pages.</param>
    public static string Render(ReportModel model, IReadOnlyDictionary<string, int>? pageNumbers = null, bool pageMarkers = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new RenderContext(model, pageNumbers, pageMarkers);
        var body = new HtmlWriter();
        Cover(body, context);
        Contents(body, context);
        OverviewSections.KeyFigures(body, context);
        OverviewSections.Ranking(body, context);
        OverviewSections.Comparison(body, context);
        MetierSection.Intro(body, context);
        for (var i = 0; i < model.Metiers.Count; i++)
        {
            MetierSection.Render(body, context, model.Metiers[i], $"metier-{i + 1}");
        }

        ReferenceSections.Methodology(body, context);
        ReferenceSections.Sources(body, context);
        ReferenceSections.Secrecy(body, context);
        Footer(body, context);

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = model.Title,
            ["css"] = SqlResources.Asset("report.css"),
            ["page_css"] = PageCss(model),
            ["body"] = body.ToString(),
        };
        return Template.Render(SqlResources.Asset("layout.html"), values);
    }

    private static void Cover(HtmlWriter html, RenderContext context)
    {
        var model = context.Model;
        html.Open("section", ("class", "cover")).Line();
        html.Element("p", "Observatoire des métiers de l'accompagnement", ("class", "kicker"));
        html.Element("h1", model.Title);
        html.Element("p", $"{model.Territory.Label} ({model.Territory.Code}) — région {model.Territory.RegionLabel}", ("class", "subtitle"));
        html.Element("p", $"Tensions de recrutement, formation et qualité de vie au travail des métiers du soin et de l'accompagnement — données {model.Year}.", ("class", "lead"));
        html.Open("dl", ("class", "edition"));
        html.Element("dt", "Édition (build)").Element("dd", model.Edition.RunId);
        html.Element("dt", "Construite le").Element("dd", model.Edition.BuiltAt + " (UTC)");
        html.Element("dt", "Fichier de l'entrepôt").Element("dd", model.Edition.BuildFileName);
        if (model.Edition is { ReferenceFirstYear: { } first, ReferenceLastYear: { } last })
        {
            html.Element("dt", "Panel de référence de l'indice").Element("dd",
                $"tous les métiers de France, {first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}");
        }

        html.Close("dl");
        html.Element("p", "Toutes les valeurs de ce document proviennent de cette édition de l'entrepôt (schéma pub) ; la même édition produit le même document.", ("class", "small"));
        html.Close("section").Line();
    }

    private static void Contents(HtmlWriter html, RenderContext context)
    {
        html.Open("nav", ("class", "toc"), ("aria-labelledby", "sommaire")).Line();
        html.Element("h2", "Sommaire", ("id", "sommaire"));
        html.Open("ol");
        foreach (var entry in context.Toc)
        {
            html.Open("li", ("class", "toc-" + entry.Depth.ToString(CultureInfo.InvariantCulture)));
            html.Open("a", ("href", "#" + entry.Id)).Open("span", ("class", "toc-title")).Text($"{entry.Number}. {entry.Title}").Close("span");
            var page = context.PageNumbers is not null && context.PageNumbers.TryGetValue(entry.Id, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : string.Empty;
            html.Element("span", page, ("class", "toc-page"));
            html.Close("a").Close("li").Line();
        }

        html.Close("ol").Close("nav").Line();
    }

    private static void Footer(HtmlWriter html, RenderContext context)
    {
        html.Open("footer", ("class", "edition-footer"))
            .Text($"{context.Model.Title}. Build {context.Model.Edition.RunId}, construit le {context.Model.Edition.BuiltAt} (UTC).")
            .Close("footer").Line();
    }

    /// <summary>The print page boxes: header, edition footer and page numbers (strings escaped for CSS).</summary>
    private static string PageCss(ReportModel model)
    {
        var header = CssString($"Observatoire des métiers de l'accompagnement — {model.Territory.Label} — {model.Year}");
        var footer = CssString($"Édition {model.Edition.RunId}");
        return "@page { @top-center { content: " + header + "; } @bottom-left { content: " + footer + "; } }\n"
            + "@page :first { @top-center { content: none; } }\n";
    }

    /// <summary>A CSS string literal: everything but plain letters, digits and spaces as a hexadecimal escape.</summary>
    internal static string CssString(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(((int)c).ToString("x6", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return builder.Append('"').ToString();
    }
}
