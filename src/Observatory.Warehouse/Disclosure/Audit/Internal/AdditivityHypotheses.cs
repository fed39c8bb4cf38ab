namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// parent = Σ children along territories (DEP → REG, REG → NAT) and métier groups (group = Σ member métiers, or a
/// published sub-group plus the remaining members), per column and hierarchy, kept only when it holds on every family
/// whose cells are all shown and at least one such family has two children or more.
/// </summary>
internal static class AdditivityHypotheses
{
    private sealed record Family(int Parent, int[] Children);

    public static void Add(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        var territoryFamilies = model.TerritoryParent
            .Where(t => t.Value >= 0)
            .GroupBy(t => (ChildLevel: table.Territories[t.Key].Level, ParentLevel: table.Territories[t.Value].Level))
            .ToDictionary(
                g => $"territory {g.Key.ChildLevel}→{g.Key.ParentLevel}",
                g => g.GroupBy(t => t.Value).Select(p => new Family(p.Key, p.Select(t => t.Key).Order().ToArray())).ToList());
        var metierFamilies = MetierFamilies(table, surface);

        var variablesByColumn = Enumerable.Range(0, table.Count).GroupBy(v => table.ColumnOf[v]).ToList();
        foreach (var column in variablesByColumn)
        {
            var cells = column.Select(v => table.Cells[table.CellOf[v]]).ToList();
            var metierPeriods = cells.Select(c => (c.Metier, c.Period)).Distinct().ToList();
            foreach (var (kind, families) in territoryFamilies)
            {
                var instances = metierPeriods.SelectMany(mp => families.Select(f => (
                    Parent: new Cell(mp.Metier, f.Parent, mp.Period),
                    Children: f.Children.Select(t => new Cell(mp.Metier, t, mp.Period)).ToArray()))).ToList();
                Check(model, column.Key, kind, DisclosureLeakKind.TerritoryDifferencing, instances);
            }

            var territoryPeriods = cells.Select(c => (c.Territory, c.Period)).Distinct().ToList();
            var metierInstances = territoryPeriods.SelectMany(tp => metierFamilies.Select(f => (
                Parent: new Cell(f.Parent, tp.Territory, tp.Period),
                Children: f.Children.Select(m => new Cell(m, tp.Territory, tp.Period)).ToArray()))).ToList();
            Check(model, column.Key, "métier groups", DisclosureLeakKind.MetierGroupDifferencing, metierInstances);
        }
    }

    private static List<Family> MetierFamilies(VariableTable table, PublishedSurface surface)
    {
        var baseMetiers = surface.Metiers.Where(m => !m.IsGroup).Select(m => m.Metier).ToHashSet(StringComparer.Ordinal);
        var groups = surface.Metiers.Where(m => m.IsGroup).ToList();
        var families = new List<Family>();
        foreach (var group in groups)
        {
            var members = group.Members.Where(baseMetiers.Contains).ToHashSet(StringComparer.Ordinal);
            if (members.Count < 2)
            {
                continue;
            }

            families.Add(new Family(table.MetierId(group.Metier), members.Select(table.MetierId).ToArray()));
            foreach (var sub in groups.Where(g => g != group && g.Members.All(members.Contains) && g.Members.Count < members.Count))
            {
                var rest = members.Except(sub.Members).Select(table.MetierId);
                families.Add(new Family(table.MetierId(group.Metier), rest.Prepend(table.MetierId(sub.Metier)).ToArray()));
            }
        }

        return families;
    }

    private static void Check(
        AttackModel model, int column, string hierarchy, DisclosureLeakKind kind,
        List<(Cell Parent, Cell[] Children)> instances)
    {
        var table = model.Table;
        var name = $"{table.Columns[column]} is additive along {hierarchy}";
        var used = new List<(Cell Parent, Cell[] Children)>();
        int verified = 0, verifiedWide = 0;
        foreach (var instance in instances)
        {
            var parent = table.Find(column, instance.Parent);
            var children = instance.Children.Select(c => table.Find(column, c)).ToArray();
            if (parent < 0 && children.All(c => c < 0))
            {
                continue;
            }

            used.Add(instance);
            if (parent < 0 || children.Any(c => c < 0 || double.IsNaN(table.Shown[c])) || double.IsNaN(table.Shown[parent]))
            {
                continue;
            }

            if (!Tolerance.Same(table.Shown[parent], children.Sum(c => table.Shown[c])))
            {
                model.Reject($"{name} (fails at {table.Describe(parent)})");
                return;
            }

            verified++;
            verifiedWide += children.Length >= 2 ? 1 : 0;
        }

        if (verifiedWide == 0)
        {
            if (used.Count > 0)
            {
                model.Reject($"{name} (no fully shown family to check it on)");
            }

            return;
        }

        model.Keep($"{name} ({verified} shown families agree)");
        foreach (var (parentCell, childCells) in used)
        {
            var parent = table.GetOrAdd(column, table.CellId(parentCell));
            var children = childCells.Select(c => table.GetOrAdd(column, table.CellId(c))).ToArray();
            var (level, code) = table.Territories[parentCell.Territory];
            var label = kind == DisclosureLeakKind.TerritoryDifferencing
                ? $"{table.Columns[column]} {table.Metiers[parentCell.Metier]} {table.Periods[parentCell.Period]}: " +
                  $"{level} {code} = Σ {children.Length} {table.Territories[childCells[0].Territory].Level}"
                : $"{table.Columns[column]} {level} {code} {table.Periods[parentCell.Period]}: " +
                  $"{table.Metiers[parentCell.Metier]} = Σ {string.Join(" + ", childCells.Select(c => table.Metiers[c.Metier]))}";
            model.Equations.Add(Equation.Sum(parent, children, kind, label));
        }
    }
}
