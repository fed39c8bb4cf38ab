namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// Linked quantities, checked on the shown data: two columns equal on every cell where both are shown (at least
/// <see cref="Tolerance.MinimumAgreement"/> cells, two distinct values) are one quantity; a column constant across
/// métiers at a territory × period that equals the sum over the base métiers of another column is that total.
/// </summary>
internal static class LinkedQuantityHypotheses
{
    public static void Add(AttackModel model)
    {
        SameQuantity(model);
        Totals(model);
    }

    private static void SameQuantity(AttackModel model)
    {
        var table = model.Table;
        var byCell = new Dictionary<int, List<(int Column, double Value)>>();
        var shownCells = new Dictionary<int, HashSet<int>>();
        for (var v = 0; v < table.Count; v++)
        {
            var value = table.Shown[v];
            if (double.IsNaN(value))
            {
                continue;
            }

            if (!byCell.TryGetValue(table.CellOf[v], out var list))
            {
                byCell[table.CellOf[v]] = list = [];
            }

            list.Add((table.ColumnOf[v], value));
            if (!shownCells.TryGetValue(table.ColumnOf[v], out var cells))
            {
                shownCells[table.ColumnOf[v]] = cells = [];
            }

            cells.Add(table.CellOf[v]);
        }

        var agreements = new Dictionary<(int A, int B), (int Count, HashSet<double> Values)>();
        foreach (var entries in byCell.Values)
        {
            entries.Sort((x, y) => x.Value.CompareTo(y.Value));
            for (var i = 0; i < entries.Count; i++)
            {
                for (var j = i + 1; j < entries.Count && Tolerance.Same(entries[i].Value, entries[j].Value); j++)
                {
                    var key = entries[i].Column < entries[j].Column
                        ? (entries[i].Column, entries[j].Column)
                        : (entries[j].Column, entries[i].Column);
                    if (!agreements.TryGetValue(key, out var agreement))
                    {
                        agreement = (0, []);
                    }

                    if (agreement.Values.Count < 2)
                    {
                        agreement.Values.Add(entries[i].Value);
                    }

                    agreements[key] = (agreement.Count + 1, agreement.Values);
                }
            }
        }

        foreach (var ((a, b), (count, values)) in agreements.OrderBy(x => x.Key))
        {
            if (count < Tolerance.MinimumAgreement || values.Count < 2)
            {
                continue;
            }

            var name = $"{table.Columns[a]} = {table.Columns[b]} on the same cell";
            var both = shownCells[a].Count(shownCells[b].Contains);
            if (both != count)
            {
                model.Reject($"{name} ({count} of {both} shown cells agree)");
                continue;
            }

            model.Keep($"{name} ({count} shown cells agree)");
            var label = $"published as {table.Columns[b]} of the same cell";
            foreach (var cell in shownCells[a].Count <= shownCells[b].Count ? CellsOf(table, a) : CellsOf(table, b))
            {
                if (table.TryGet(a, cell, out var va) && table.TryGet(b, cell, out var vb))
                {
                    model.Links.Add((va, vb, label));
                }
            }
        }
    }

    private static void Totals(AttackModel model)
    {
        var table = model.Table;
        var byColumnTerritoryPeriod = Enumerable.Range(0, table.Count)
            .GroupBy(v => (table.ColumnOf[v], table.Cells[table.CellOf[v]].Territory, table.Cells[table.CellOf[v]].Period))
            .ToDictionary(g => g.Key, g => g.ToList());
        var columns = byColumnTerritoryPeriod.Keys.Select(k => k.Item1).Distinct().ToList();
        foreach (var total in columns)
        {
            var groups = byColumnTerritoryPeriod.Where(g => g.Key.Item1 == total).ToList();
            var constant = 0;
            var broken = false;
            foreach (var group in groups)
            {
                var shown = group.Value.Select(v => table.Shown[v]).Where(x => !double.IsNaN(x)).ToList();
                if (shown.Count >= 2)
                {
                    broken |= shown.Any(x => !Tolerance.Same(x, shown[0]));
                    constant++;
                }
            }

            if (broken || constant < Tolerance.MinimumAgreement)
            {
                continue;
            }

            foreach (var part in columns.Where(c => c != total))
            {
                CheckTotal(model, total, part, groups, byColumnTerritoryPeriod);
            }
        }
    }

    private static void CheckTotal(
        AttackModel model, int total, int part,
        List<KeyValuePair<(int Column, int Territory, int Period), List<int>>> totals,
        Dictionary<(int Column, int Territory, int Period), List<int>> byColumnTerritoryPeriod)
    {
        var table = model.Table;
        var name = $"{table.Columns[total]} (constant across métiers) = Σ métiers {table.Columns[part]}";
        var verified = 0;
        var instances = new List<(List<int> Total, List<int> Parts)>();
        foreach (var group in totals)
        {
            if (!byColumnTerritoryPeriod.TryGetValue((part, group.Key.Territory, group.Key.Period), out var parts))
            {
                continue;
            }

            instances.Add((group.Value, parts));
            var shownTotal = group.Value.Select(v => table.Shown[v]).FirstOrDefault(x => !double.IsNaN(x), double.NaN);
            if (double.IsNaN(shownTotal) || parts.Any(v => double.IsNaN(table.Shown[v])))
            {
                continue;
            }

            if (!Tolerance.Same(shownTotal, parts.Sum(v => table.Shown[v])))
            {
                return;
            }

            verified++;
        }

        if (verified < Tolerance.MinimumAgreement)
        {
            return;
        }

        model.Keep($"{name} ({verified} territory × period agree)");
        foreach (var (totalVariables, parts) in instances)
        {
            var first = totalVariables[0];
            foreach (var other in totalVariables.Skip(1))
            {
                model.Links.Add((first, other, $"published as {table.Columns[total]} of another métier"));
            }

            var cell = table.Cells[table.CellOf[first]];
            var (level, code) = table.Territories[cell.Territory];
            model.Equations.Add(Equation.Sum(first, parts, DisclosureLeakKind.LinkedTotal,
                $"{table.Columns[total]} {level} {code} {table.Periods[cell.Period]} = Σ {parts.Count} métiers {table.Columns[part]}"));
        }
    }

    private static IEnumerable<int> CellsOf(VariableTable table, int column)
    {
        for (var v = 0; v < table.Count; v++)
        {
            if (table.ColumnOf[v] == column)
            {
                yield return table.CellOf[v];
            }
        }
    }
}
