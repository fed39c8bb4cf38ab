namespace Observatory.Reporting.Model;

/// <summary>
/// Builds one métier page. A source that publishes the métier only within a group (BMO, tension index)
/// is shown for the smallest group containing it, and the page says so.
/// </summary>
internal static class MetierPageBuilder
{
    public static MetierPage Build(
        MetierInfo metier,
        IReadOnlyList<MetierInfo> catalogue,
        IReadOnlyList<Figure> values,
        IReadOnlyList<TensionCell> tension,
        IReadOnlyDictionary<string, IReadOnlyList<TensionComponent>> components)
    {
        var groups = catalogue
            .Where(g => g.IsGroup && g.Code != metier.Code && metier.Members.All(code => g.Members.Contains(code, StringComparer.Ordinal)))
            .OrderBy(g => g.Members.Count)
            .ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        var candidates = new List<MetierInfo> { metier };
        candidates.AddRange(groups);

        var tensionSubject = candidates.FirstOrDefault(c => tension.Any(t => t.Metier == c.Code && t.TerritoryLevel == "DEP"));
        var pageTension = tensionSubject is null ? [] : tension.Where(t => t.Metier == tensionSubject.Code).ToList();
        var pageComponents = tensionSubject is not null && components.TryGetValue(tensionSubject.Code, out var found) ? found : [];

        var blocks = new List<IndicatorBlock>();
        foreach (var definition in BlockCatalog.All)
        {
            var subject = candidates.FirstOrDefault(c => values.Any(v => v.Metier == c.Code && v.TerritoryLevel == definition.SeriesLevel && definition.Indicators.Contains(v.Indicator)));
            var figures = subject is null
                ? []
                : values.Where(v => v.Metier == subject.Code && definition.Indicators.Contains(v.Indicator)).ToList();
            blocks.Add(new IndicatorBlock(definition.Key, definition.Title, definition.Indicators, definition.SeriesLevel, figures));
        }

        var usedGroups = groups.Where(g => g.Code == tensionSubject?.Code || blocks.Any(b => b.Figures.Any(f => f.Metier == g.Code))).ToList();
        return new MetierPage(metier, usedGroups, pageTension, pageComponents, blocks);
    }
}
