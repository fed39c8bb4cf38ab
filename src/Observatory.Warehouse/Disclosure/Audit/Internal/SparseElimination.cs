namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// Exact linear determinability over one connected component: reduces the equations (known terms moved to the right)
/// to reduced row echelon form by sparse Gauss–Jordan elimination with a relative pivot threshold. An unknown is
/// determined exactly when its unit vector lies in the row space, i.e. when a reduced row has that single entry.
/// A reduced row whose unknowns are non-negative with one sign and whose right side is 0 sets them all to 0.
/// Recovered values are checked against every equation of the component before they are returned.
/// </summary>
internal static class SparseElimination
{
    private const double PivotThreshold = 0.1;
    private const double Cancellation = 1e-10;

    private sealed class Row
    {
        public Dictionary<int, double> Terms { get; } = [];
        public double Rhs { get; set; }
        public double Scale { get; set; }
        public HashSet<int> Sources { get; } = [];
    }

    public static List<(int Variable, double Value, Derivation How)>? Solve(
        IReadOnlyList<Equation> equations, Knowledge knowledge, bool[] nonNegative)
    {
        var rows = equations.Select((e, i) => ToRow(e, i, knowledge)).Where(r => r.Terms.Count > 0).ToList();
        var columnRows = new Dictionary<int, HashSet<Row>>();
        foreach (var row in rows)
        {
            foreach (var v in row.Terms.Keys)
            {
                Rows(columnRows, v).Add(row);
            }
        }

        foreach (var row in rows.OrderBy(r => r.Terms.Count).ToList())
        {
            if (row.Terms.Count == 0)
            {
                continue;
            }

            var pivot = ChoosePivot(row, columnRows);
            var factor = row.Terms[pivot];
            foreach (var v in row.Terms.Keys.ToList())
            {
                row.Terms[v] /= factor;
            }

            row.Rhs /= factor;
            row.Scale /= Math.Abs(factor);
            foreach (var other in Rows(columnRows, pivot).Where(o => o != row).ToList())
            {
                Eliminate(other, row, pivot, columnRows);
            }
        }

        var found = new Dictionary<int, (double Value, Derivation How)>();
        foreach (var row in rows)
        {
            if (row.Terms.Count == 1)
            {
                var (v, c) = row.Terms.First();
                found.TryAdd(v, (row.Rhs / c, How(DisclosureLeakKind.LinearCombination, row, equations, knowledge)));
            }
            else if (row.Terms.Count > 1 && Math.Abs(row.Rhs) <= Tolerance.Hypothesis * Math.Max(1, row.Scale)
                     && row.Terms.All(t => nonNegative[t.Key]) && (row.Terms.All(t => t.Value > 0) || row.Terms.All(t => t.Value < 0)))
            {
                foreach (var v in row.Terms.Keys)
                {
                    found.TryAdd(v, (0, How(DisclosureLeakKind.NonNegativity, row, equations, knowledge)));
                }
            }
        }

        return found.Count == 0 || Consistent(equations, knowledge, found)
            ? found.Select(f => (f.Key, f.Value.Value, f.Value.How)).ToList()
            : null;
    }

    private static Row ToRow(Equation equation, int index, Knowledge knowledge)
    {
        var row = new Row { Rhs = equation.Constant, Scale = Math.Abs(equation.Constant) };
        row.Sources.Add(index);
        for (var i = 0; i < equation.Variables.Length; i++)
        {
            var v = equation.Variables[i];
            var c = equation.Coefficients[i];
            if (knowledge.IsKnown(v))
            {
                row.Rhs -= c * knowledge.Value(v);
                row.Scale = Math.Max(row.Scale, Math.Abs(c * knowledge.Value(v)));
            }
            else
            {
                row.Terms[v] = row.Terms.GetValueOrDefault(v) + c;
            }
        }

        return row;
    }

    /// <summary>Among entries within <see cref="PivotThreshold"/> of the row's largest, the column in the fewest rows.</summary>
    private static int ChoosePivot(Row row, Dictionary<int, HashSet<Row>> columnRows)
    {
        var largest = row.Terms.Values.Max(Math.Abs);
        return row.Terms
            .Where(t => Math.Abs(t.Value) >= PivotThreshold * largest)
            .OrderBy(t => columnRows[t.Key].Count)
            .ThenBy(t => t.Key)
            .First().Key;
    }

    private static void Eliminate(Row target, Row pivotRow, int pivot, Dictionary<int, HashSet<Row>> columnRows)
    {
        var factor = target.Terms[pivot];
        foreach (var (v, c) in pivotRow.Terms)
        {
            var before = target.Terms.GetValueOrDefault(v);
            var after = before - factor * c;
            if (v == pivot || Math.Abs(after) <= Cancellation * Math.Max(Math.Abs(before), Math.Abs(factor * c)))
            {
                if (target.Terms.Remove(v))
                {
                    columnRows[v].Remove(target);
                }
            }
            else
            {
                if (!target.Terms.ContainsKey(v))
                {
                    columnRows[v].Add(target);
                }

                target.Terms[v] = after;
            }
        }

        target.Rhs -= factor * pivotRow.Rhs;
        target.Scale = Math.Max(target.Scale, Math.Abs(factor) * pivotRow.Scale);
        target.Sources.UnionWith(pivotRow.Sources);
    }

    /// <summary>Every equation whose unknowns are all recovered holds with the recovered values.</summary>
    private static bool Consistent(
        IReadOnlyList<Equation> equations, Knowledge knowledge, Dictionary<int, (double Value, Derivation How)> found)
    {
        foreach (var equation in equations)
        {
            double residual = equation.Constant, scale = Math.Abs(equation.Constant);
            var complete = true;
            for (var i = 0; i < equation.Variables.Length && complete; i++)
            {
                var v = equation.Variables[i];
                double value;
                if (knowledge.IsKnown(v))
                {
                    value = knowledge.Value(v);
                }
                else if (found.TryGetValue(v, out var f))
                {
                    value = f.Value;
                }
                else
                {
                    complete = false;
                    continue;
                }

                residual -= equation.Coefficients[i] * value;
                scale = Math.Max(scale, Math.Abs(equation.Coefficients[i] * value));
            }

            if (complete && Math.Abs(residual) > 1e-6 * Math.Max(1, scale))
            {
                return false;
            }
        }

        return true;
    }

    private static Derivation How(DisclosureLeakKind kind, Row row, IReadOnlyList<Equation> equations, Knowledge knowledge)
    {
        var labels = row.Sources.Order().Take(3).Select(i => equations[i].Label);
        var more = row.Sources.Count > 3 ? $"; and {row.Sources.Count - 3} more" : string.Empty;
        var rules = 0;
        foreach (var equation in row.Sources.Select(i => equations[i]))
        {
            rules |= equation.Rules | Derivation.Bit(equation.Kind);
            rules = equation.Variables.Where(knowledge.IsKnown).Aggregate(rules, (r, v) => r | knowledge.Rules(v));
        }

        return new Derivation(kind, $"combining {row.Sources.Count} equations: {string.Join("; ", labels)}{more}").Over(rules);
    }

    private static HashSet<Row> Rows(Dictionary<int, HashSet<Row>> columnRows, int v)
    {
        if (!columnRows.TryGetValue(v, out var rows))
        {
            columnRows[v] = rows = [];
        }

        return rows;
    }
}
