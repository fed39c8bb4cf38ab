using Observatory.Reporting.Formatting;
using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>Writes a tension index and its level, or « s » with a note naming the fallback territory's index; and the official DARES level.</summary>
internal static class TensionCellWriter
{
    public static void Index(HtmlWriter html, RenderContext context, TensionCell? cell)
    {
        if (cell is null)
        {
            html.Open("span", ("class", "absent"), ("title", "pas de donnée publiée")).Text("–").Close("span");
            return;
        }

        if (cell.Index is { } index)
        {
            html.Text(FrenchNumber.Signed(index));
            if (DisclosureText.NeedsNote(cell.Status))
            {
                Footnotes.Marker(html, context.Notes.Note(DisclosureText.Explain(cell.Status, null, null, cell.Partial), masked: false));
            }

            return;
        }

        html.Open("span", ("class", "masked")).Text(DisclosureText.Symbol(cell.Status)).Close("span");
        Footnotes.Marker(html, context.Notes.Note(Explain(context, cell), masked: true));
    }

    public static void Level(HtmlWriter html, TensionCell? cell)
    {
        if (cell?.Level is { } level)
        {
            html.Open("span", ("class", $"level level-{level}")).Text(TensionLevels.Describe(level, cell.LevelLabel)).Close("span");
        }
        else
        {
            html.Open("span", ("class", "absent")).Text("–").Close("span");
        }
    }

    /// <summary>The official DARES level of the cell, « imputé » where DARES gives only an imputed value, « nd » outside its field, « – » without the file.</summary>
    public static void Official(HtmlWriter html, TensionCell? cell)
    {
        switch (cell?.Official)
        {
            case { Level: { } level } official:
                html.Open("span", ("class", $"level level-{level} official")).Text(TensionLevels.Describe(level, official.Label)).Close("span");
                break;
            case { Status: "imputed" }:
                html.Open("span", ("class", "absent"), ("title", "volumétrie insuffisante : la DARES ne publie qu'une valeur imputée, sans niveau")).Text("imputé").Close("span");
                break;
            case { } _:
                html.Open("span", ("class", "absent"), ("title", "non disponible dans le fichier officiel")).Text("nd").Close("span");
                break;
            default:
                html.Open("span", ("class", "absent"), ("title", "fichier officiel non chargé")).Text("–").Close("span");
                break;
        }
    }

    private static string Explain(RenderContext context, TensionCell cell)
    {
        var text = DisclosureText.Explain(cell.Status, cell.Reason, null);
        if (cell.FallbackIndex is { } fallback && cell.FallbackLevel is not null)
        {
            var where = cell.FallbackLevel == "REG" ? $"de la région {context.Model.Territory.RegionLabel}" : cell.FallbackLevel == "NAT" ? "de la France" : $"du territoire {cell.FallbackTerritory}";
            var level = cell.FallbackIndexLevel is { } l ? $" (niveau {TensionLevels.Describe(l, null)})" : string.Empty;
            text += $" Repli : indice {where} pour {cell.MetierLabel} en {cell.Period} = {FrenchNumber.Signed(fallback)}{level}.";
        }

        return text;
    }
}
