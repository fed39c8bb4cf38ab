namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// The tension index, checked on the shown rows: each component's z = dir · (x − mean) / sd with the published
/// reference moments, and index = Σ_principal w_k z_k / Σ w_k. Both are linear, so they become equations.
/// </summary>
internal static class CompositeHypotheses
{
    public static void Add(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        var cells = surface.Tension
            .Select(r => AttackModelBuilder.CellOf(table, r.Metier, r.Level, r.Territory, r.Period))
            .Distinct()
            .ToList();
        var principal = new List<(int Z, double Weight)>();
        foreach (var reference in surface.Reference)
        {
            var direction = surface.Indicators.TryGetValue(reference.Indicator, out var d)
                ? d.Direction switch { "up" => 1.0, "down" => -1.0, _ => 0.0 }
                : 0.0;
            var x = table.ColumnId(new Column(reference.Indicator, "component_value"));
            var z = table.ColumnId(new Column(reference.Indicator, "z_score"));
            if (direction != 0 && ZScore(model, cells, reference, direction, x, z) && reference.Role == "principal" && reference.Weight > 0)
            {
                principal.Add((z, reference.Weight));
            }
        }

        if (principal.Count > 0)
        {
            Index(model, cells, principal);
        }
    }

    private static bool ZScore(AttackModel model, List<int> cells, ReferenceRow reference, double direction, int x, int z)
    {
        var table = model.Table;
        var name = $"{reference.Indicator}: component value = mean + dir · sd · z";
        var verified = 0;
        foreach (var cell in cells)
        {
            double xv = table.ShownValue(x, cell), zv = table.ShownValue(z, cell);
            if (double.IsNaN(xv) || double.IsNaN(zv))
            {
                continue;
            }

            if (!Tolerance.Same(zv, direction * (xv - reference.Mean) / reference.StdDev))
            {
                model.Reject($"{name} (fails at {table.Describe(table.GetOrAdd(x, cell))})");
                return false;
            }

            verified++;
        }

        if (verified < Tolerance.MinimumAgreement)
        {
            model.Reject($"{name} ({verified} shown components to check it on)");
            return false;
        }

        model.Keep($"{name} ({verified} shown components agree)");
        foreach (var cell in cells)
        {
            if (table.TryGet(x, cell, out _) || table.TryGet(z, cell, out _))
            {
                model.Equations.Add(new Equation(
                    [table.GetOrAdd(x, cell), table.GetOrAdd(z, cell)], [1, -direction * reference.StdDev], reference.Mean,
                    DisclosureLeakKind.Composite, $"{reference.Indicator} z-score of {table.DescribeCell(cell)}"));
            }
        }

        return true;
    }

    private static void Index(AttackModel model, List<int> cells, List<(int Z, double Weight)> principal)
    {
        var table = model.Table;
        var index = table.ColumnId(new Column("tension_index", "index"));
        var total = principal.Sum(p => p.Weight);
        var name = $"index = Σ w·z / Σ w over {string.Join(", ", principal.Select(p => table.Columns[p.Z].Indicator))}";
        var verified = 0;
        foreach (var cell in cells)
        {
            var shown = table.ShownValue(index, cell);
            var mean = principal.Sum(p => p.Weight * table.ShownValue(p.Z, cell)) / total;
            if (double.IsNaN(shown) || double.IsNaN(mean))
            {
                continue;
            }

            if (!Tolerance.Same(shown, mean))
            {
                model.Reject($"{name} (fails at {table.Describe(table.GetOrAdd(index, cell))})");
                return;
            }

            verified++;
        }

        if (verified < Tolerance.MinimumAgreement)
        {
            model.Reject($"{name} ({verified} shown indexes to check it on)");
            return;
        }

        model.Keep($"{name} ({verified} shown indexes agree)");
        foreach (var cell in cells)
        {
            var variables = principal.Select(p => table.GetOrAdd(p.Z, cell)).Prepend(table.GetOrAdd(index, cell)).ToArray();
            var coefficients = principal.Select(p => -p.Weight / total).Prepend(1.0).ToArray();
            model.Equations.Add(new Equation(variables, coefficients, 0, DisclosureLeakKind.Composite,
                $"tension index of {table.DescribeCell(cell)} = weighted mean of its principal z-scores"));
        }
    }
}
