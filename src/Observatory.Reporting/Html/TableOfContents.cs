using Observatory.Reporting.Model;

namespace Observatory.Reporting.Html;

/// <summary>One entry of the table of contents: a section that starts on a new page.</summary>
internal sealed record TocEntry(string Id, string Number, string Title, int Depth);

/// <summary>The document's sections, in order, derived from the model (so the TOC and headings agree).</summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> For(ReportModel model)
    {
        var entries = new List<TocEntry>
        {
            new("chiffres-cles", "1", "Chiffres clés", 1),
            new("classement", "2", "Classement des métiers en tension", 1),
            new("comparaison", "3", $"{model.Territory.Label} dans sa région et en France", 1),
            new("fiches", "4", "Fiches métiers", 1),
        };
        for (var i = 0; i < model.Metiers.Count; i++)
        {
            entries.Add(new($"metier-{i + 1}", $"4.{i + 1}", model.Metiers[i].Metier.Label, 2));
        }

        entries.Add(new("methodologie", "5", "Méthodologie", 1));
        entries.Add(new("sources", "6", "Sources et millésimes", 1));
        entries.Add(new("secret", "7", "Secret statistique et notes", 1));
        return entries;
    }
}
