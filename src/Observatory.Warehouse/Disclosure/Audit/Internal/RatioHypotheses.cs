using System.Text.RegularExpressions;

namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// Ratios, checked on the shown data. An indicator publishing numerator and denominator has value = scale · num / den
/// (the scale inferred from the shown rows). A value-only indicator whose formula reads <c>(a + b …) / d</c> is tried
/// with every published count the formula's names can mean (the indicator of that code, or one whose formula uses the
/// name) and kept for the combinations that hold on every cell where all are shown.
/// </summary>
internal static partial class RatioHypotheses
{
    public static void Add(AttackModel model, PublishedSurface surface)
    {
        foreach (var (indicator, columns) in model.IndicatorColumns)
        {
            var table = model.Table;
            var value = table.ColumnId(new Column(indicator, "value"));
            var numerator = table.ColumnId(new Column(indicator, "numerator"));
            var denominator = table.ColumnId(new Column(indicator, "denominator"));
            if (columns.Contains(numerator) && columns.Contains(denominator))
            {
                PublishedOperands(model, indicator, value, numerator, denominator);
            }
            else if (columns.Count == 1 && surface.Indicators.TryGetValue(indicator, out var definition))
            {
                Formula(model, surface, indicator, value, definition.Formula);
            }
        }
    }

    private static void PublishedOperands(AttackModel model, string indicator, int value, int numerator, int denominator)
    {
        var table = model.Table;
        var cells = CellsOf(table, value);
        double? scale = null;
        var verified = 0;
        foreach (var cell in cells)
        {
            double v = table.ShownValue(value, cell), n = table.ShownValue(numerator, cell), d = table.ShownValue(denominator, cell);
            if (double.IsNaN(v) || double.IsNaN(n) || double.IsNaN(d) || d == 0)
            {
                continue;
            }

            scale ??= n != 0 ? v * d / n : null;
            if (scale is null)
            {
                continue;
            }

            if (!Tolerance.Same(v, scale.Value * n / d))
            {
                model.Reject($"{indicator}.value = scale · numerator / denominator (fails at {table.Describe(table.GetOrAdd(value, cell))})");
                return;
            }

            verified++;
        }

        if (scale is null || verified < Tolerance.MinimumAgreement)
        {
            model.Reject($"{indicator}.value = scale · numerator / denominator ({verified} shown rows to check it on)");
            return;
        }

        var rounded = Math.Round(scale.Value);
        var s = Tolerance.Same(rounded, scale.Value) ? rounded : scale.Value;
        model.Keep(FormattableString.Invariant($"{indicator}.value = {s:G} · numerator / denominator ({verified} shown rows agree)"));
        foreach (var cell in cells)
        {
            model.Relations.Add(new RatioRelation(
                table.GetOrAdd(value, cell), [table.GetOrAdd(numerator, cell)], table.GetOrAdd(denominator, cell), s,
                DisclosureLeakKind.Ratio, FormattableString.Invariant($"{indicator} = {s:G} · numerator / denominator")));
        }
    }

    private static void Formula(AttackModel model, PublishedSurface surface, string indicator, int value, string formula)
    {
        var match = FormulaShape().Match(formula);
        if (!match.Success)
        {
            return;
        }

        var numeratorNames = match.Groups["num"].Value.Split('+', StringSplitOptions.TrimEntries);
        var candidates = numeratorNames.Select(name => Candidates(model, surface, name)).ToList();
        var denominators = Candidates(model, surface, match.Groups["den"].Value);
        var operands = new GroupOperands(model, surface);
        foreach (var numerators in Combinations(candidates))
        {
            foreach (var denominator in denominators.Where(d => !numerators.Contains(d)))
            {
                TryFormula(model, operands, indicator, value, numerators, denominator);
            }
        }
    }

    private static void TryFormula(AttackModel model, GroupOperands operands, string indicator, int value, int[] numerators, int denominator)
    {
        var table = model.Table;
        var name = $"{indicator}.value = ({string.Join(" + ", numerators.Select(n => table.Columns[n]))}) / {table.Columns[denominator]}";
        var cells = CellsOf(table, value);
        int verified = 0, verifiedAtGroups = 0;
        var summed = new Dictionary<int, int>();
        foreach (var cell in cells)
        {
            var v = table.ShownValue(value, cell);
            if (double.IsNaN(v))
            {
                continue;
            }

            var summedHere = new HashSet<int>();
            var d = operands.Value(denominator, cell, summedHere);
            var n = numerators.Sum(c => operands.Value(c, cell, summedHere));
            if (double.IsNaN(d) || double.IsNaN(n) || d == 0)
            {
                continue;
            }

            if (!Tolerance.Same(v, n / d))
            {
                return;
            }

            verified++;
            verifiedAtGroups += summedHere.Count > 0 ? 1 : 0;
            foreach (var column in summedHere)
            {
                summed[column] = summed.GetValueOrDefault(column) + 1;
            }
        }

        if (verified < Tolerance.MinimumAgreement)
        {
            return;
        }

        model.Keep($"{name} ({verified} shown cells agree, {verifiedAtGroups} of them métier groups with operands summed over members)");
        operands.Keep(summed.Where(s => s.Value >= Tolerance.MinimumAgreement).Select(s => s.Key), name, verifiedAtGroups);

        foreach (var cell in cells)
        {
            model.Relations.Add(new RatioRelation(
                table.GetOrAdd(value, cell), numerators.Select(c => table.GetOrAdd(c, cell)).ToArray(),
                table.GetOrAdd(denominator, cell), 1, DisclosureLeakKind.Formula, name));
        }
    }

    /// <summary>The value columns a formula's name can mean: the indicator of that code, or one whose formula uses it.</summary>
    private static List<int> Candidates(AttackModel model, PublishedSurface surface, string name) =>
        surface.Indicators
            .Where(i => i.Key == name || Regex.IsMatch(i.Value.Formula, $@"\b{Regex.Escape(name)}\b"))
            .Select(i => i.Key)
            .Where(model.IndicatorColumns.ContainsKey)
            .Select(code => model.Table.ColumnId(new Column(code, "value")))
            .ToList();

    private static IEnumerable<int[]> Combinations(List<List<int>> candidates) =>
        candidates.Aggregate(
            (IEnumerable<int[]>)[[]],
            (prefixes, options) => prefixes.SelectMany(prefix => options.Where(o => !prefix.Contains(o)).Select(o => prefix.Append(o).ToArray())));

    private static List<int> CellsOf(VariableTable table, int column) =>
        Enumerable.Range(0, table.Count).Where(v => table.ColumnOf[v] == column).Select(v => table.CellOf[v]).ToList();

    [GeneratedRegex(@"^\s*\(?\s*(?<num>[a-z_0-9]+(\s*\+\s*[a-z_0-9]+)*)\s*\)?\s*/\s*(?<den>[a-z_0-9]+)\s*$")]
    private static partial Regex FormulaShape();
}
