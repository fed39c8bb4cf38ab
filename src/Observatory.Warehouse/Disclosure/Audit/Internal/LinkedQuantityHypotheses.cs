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
        var columns = table.Columns.Count;
        var cells = table.Cells.Count;
        var byCell = new List<(int Column, double Value)>?[cells];
        var shown = new ulong[columns][];
        var variables = new List<int>?[columns];
        for (var v = 0; v < table.Count; v++)
        {
            int column = table.ColumnOf[v], cell = table.CellOf[v];
            (variables[column] ??= []).Add(v);
            if (double.IsNaN(table.Shown[v]))
            {
                continue;
            }

            (byCell[cell] ??= []).Add((column, table.Shown[v]));
            (shown[column] ??= new ulong[(cells + 63) / 64])[cell / 64] |= 1UL << (cell % 64);
        }

        // Per ordered pair of columns: cells where both are shown and equal, the first such value, two values seen.
        var agree = new int[columns * columns];
        var firstValue = new double[columns * columns];
        var distinct = new bool[columns * columns];
        foreach (var entries in byCell)
        {
            if (entries is null)
            {
                continue;
            }

            entries.Sort((x, y) => x.Value.CompareTo(y.Value));
            for (var i = 0; i < entries.Count; i++)
            {
                for (var j = i + 1; j < entries.Count && Tolerance.Same(entries[i].Value, entries[j].Value); j++)
                {
                    var pair = (Math.Min(entries[i].Column, entries[j].Column) * columns) + Math.Max(entries[i].Column, entries[j].Column);
                    if (agree[pair]++ == 0)
                    {
                        firstValue[pair] = entries[i].Value;
                    }
                    else
                    {
                        distinct[pair] |= firstValue[pair] != entries[i].Value;
                    }
                }
            }
        }

        for (var a = 0; a < columns; a++)
        {
            for (var b = a + 1; b < columns; b++)
            {
                var pair = (a * columns) + b;
                if (agree[pair] < Tolerance.MinimumAgreement || !distinct[pair])
                {
                    continue;
                }

                var name = $"{table.Columns[a]} = {table.Columns[b]} on the same cell";
                var both = 0;
                for (var w = 0; w < shown[a]!.Length; w++)
                {
                    both += System.Numerics.BitOperations.PopCount(shown[a]![w] & shown[b]![w]);
                }

                if (both != agree[pair])
                {
                    model.Reject($"{name} ({agree[pair]} of {both} shown cells agree)");
                    continue;
                }

                model.Keep($"{name} ({agree[pair]} shown cells agree)");
                var (small, other) = variables[a]!.Count <= variables[b]!.Count ? (a, b) : (b, a);
                foreach (var v in variables[small]!)
                {
                    if (table.TryGet(other, table.CellOf[v], out var w))
                    {
                        model.Links.Add((v, w));
                    }
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
                model.Links.Add((first, other));
            }

            var cell = table.Cells[table.CellOf[first]];
            var (level, code) = table.Territories[cell.Territory];
            model.Equations.Add(Equation.Sum(first, parts, DisclosureLeakKind.LinkedTotal,
                $"{table.Columns[total]} {level} {code} {table.Periods[cell.Period]} = Σ {parts.Count} métiers {table.Columns[part]}"));
        }
    }
}
