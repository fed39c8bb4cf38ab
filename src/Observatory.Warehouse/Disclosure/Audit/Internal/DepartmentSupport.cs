namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// The departments whose published rows make up each region and France cell of each indicator: a cell made only of
/// the analyst's own department (a region where only theirs is loaded) is their own data, not a disclosure.
/// </summary>
internal sealed class DepartmentSupport
{
    private readonly Dictionary<(string Indicator, string Metier, string Period, string Level, string Territory), HashSet<string>> _support = [];

    public DepartmentSupport(PublishedSurface surface)
    {
        var parents = surface.Territories.ToDictionary(t => (t.Level, t.Territory), t => (t.ParentLevel, t.ParentTerritory));
        foreach (var row in surface.Values.Where(r => r.Level == "DEP"))
        {
            var at = (Level: row.Level, Territory: row.Territory);
            while (parents.TryGetValue(at, out var parent) && parent.ParentLevel is { } level && parent.ParentTerritory is { } code)
            {
                at = (level, code);
                var key = (row.Indicator, row.Metier, row.Period, at.Level, at.Territory);
                if (!_support.TryGetValue(key, out var departments))
                {
                    _support[key] = departments = new HashSet<string>(StringComparer.Ordinal);
                }

                departments.Add(row.Territory);
            }
        }
    }

    /// <summary>Whether <paramref name="cell"/> is made only of <paramref name="department"/>'s rows.</summary>
    public bool IsOwn(RecoveredCell cell, string department) => cell.TerritoryLevel == "DEP"
        ? cell.Territory == department
        : _support.TryGetValue((cell.Indicator, cell.Metier, cell.Period, cell.TerritoryLevel, cell.Territory), out var departments)
            && departments.All(d => d == department);
}
