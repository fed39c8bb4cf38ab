namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// parent = Σ children along territories (DEP → REG, REG → NAT) and métier groups (group = Σ member métiers, or a
/// published sub-group plus the remaining members), per column and hierarchy, kept only when it holds on every family
/// whose cells are all shown and at least one such family has two children or more.
/// </summary>
internal static class AdditivityHypotheses
{
    /// <summary>A parent and its children along one dimension (territory ids, or métier ids).</summary>
    private sealed record Family(int Parent, int[] Children);

    /// <summary>The fixed coordinates of a family instance: (métier, period) for territories, (territory, period) for métiers.</summary>
    private readonly record struct Frame(bool Territorial, int Fixed, int Period)
    {
        public Cell At(int x) => Territorial ? new Cell(Fixed, x, Period) : new Cell(x, Fixed, Period);
    }

    public static void Add(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        var territoryFamilies = model.TerritoryParent
            .Where(t => t.Value >= 0)
            .GroupBy(t => (ChildLevel: table.Territories[t.Key].Level, ParentLevel: table.Territories[t.Value].Level))
            .Select(g => (
                Name: $"territory {g.Key.ChildLevel}→{g.Key.ParentLevel}",
                Families: g.GroupBy(t => t.Value).Select(p => new Family(p.Key, p.Select(t => t.Key).Order().ToArray())).ToList()))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var metierFamilies = MetierFamilies(table, surface);

        var variablesByColumn = Enumerable.Range(0, table.Count).GroupBy(v => table.ColumnOf[v]).ToList();
        var index = new DenseCellIndex(table.Metiers.Count, table.Territories.Count, table.Periods.Count);
        foreach (var column in variablesByColumn)
        {
            var cells = column.Select(v => table.Cells[table.CellOf[v]]).ToList();
            index.Fill(column.Select(v => (table.Cells[table.CellOf[v]], v)));
            var territorial = cells.Select(c => new Frame(true, c.Metier, c.Period)).Distinct().ToList();
            foreach (var (name, families) in territoryFamilies)
            {
                Check(model, column.Key, name, DisclosureLeakKind.TerritoryDifferencing, index, territorial, families);
            }

            var byMetier = cells.Select(c => new Frame(false, c.Territory, c.Period)).Distinct().ToList();
            Check(model, column.Key, "métier groups", DisclosureLeakKind.MetierGroupDifferencing, index, byMetier, metierFamilies);
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

    private enum Outcome
    {
        Kept,
        Failed,
        Unverifiable,
    }

    /// <summary>
    /// Adds the métier-group equations of a column whose additivity was checked another way (through a formula at
    /// group cells where the column itself is not published).
    /// </summary>
    public static void AddMetierEquations(AttackModel model, PublishedSurface surface, int column)
    {
        var table = model.Table;
        var families = MetierFamilies(table, surface);
        var variables = Enumerable.Range(0, table.Count).Where(v => table.ColumnOf[v] == column).ToList();
        var index = new DenseCellIndex(table.Metiers.Count, table.Territories.Count, table.Periods.Count);
        index.Fill(variables.Select(v => (table.Cells[table.CellOf[v]], v)));
        var frames = variables.Select(v => table.Cells[table.CellOf[v]]).Select(c => new Frame(false, c.Territory, c.Period)).Distinct().ToList();
        Equations(model, column, DisclosureLeakKind.MetierGroupDifferencing, index, frames, families);
        model.MetierAdditive.Add(column);
    }

    private static void Check(
        AttackModel model, int column, string hierarchy, DisclosureLeakKind kind,
        DenseCellIndex index, List<Frame> frames, List<Family> families)
    {
        var outcome = Verify(model, column, hierarchy, index, frames, families);
        if (kind == DisclosureLeakKind.MetierGroupDifferencing)
        {
            (outcome == Outcome.Kept ? model.MetierAdditive : outcome == Outcome.Failed ? model.MetierNotAdditive : []).Add(column);
        }

        if (outcome == Outcome.Kept)
        {
            Equations(model, column, kind, index, frames, families);
        }
    }

    private static Outcome Verify(
        AttackModel model, int column, string hierarchy, DenseCellIndex index, List<Frame> frames, List<Family> families)
    {
        var table = model.Table;
        var name = $"{table.Columns[column]} is additive along {hierarchy}";
        int verified = 0, verifiedWide = 0, used = 0;
        foreach (var frame in frames)
        {
            foreach (var family in families)
            {
                var parent = index[frame.At(family.Parent)];
                var present = parent >= 0;
                var complete = present && !double.IsNaN(table.Shown[parent]);
                var sum = 0.0;
                foreach (var x in family.Children)
                {
                    var child = index[frame.At(x)];
                    present |= child >= 0;
                    complete &= child >= 0 && !double.IsNaN(table.Shown[child]);
                    sum += child >= 0 ? table.Shown[child] : 0;
                }

                used += present ? 1 : 0;
                if (!complete)
                {
                    continue;
                }

                if (!Tolerance.Same(table.Shown[parent], sum))
                {
                    model.Reject($"{name} (fails at {table.Describe(parent)})");
                    return Outcome.Failed;
                }

                verified++;
                verifiedWide += family.Children.Length >= 2 ? 1 : 0;
            }
        }

        if (verified == 0)
        {
            if (used > 0)
            {
                model.Reject($"{name} (no fully shown family to check it on)");
            }

            return Outcome.Unverifiable;
        }

        // Families of one published child only (a region where one department is loaded) cannot tell a sum from
        // any other column, but they are what a sparse edition publishes: the hypothesis is kept, and a derivation
        // it gives is a disclosure only when it lands on the true value (DisclosureAudit checks).
        model.Keep(verifiedWide == 0
            ? $"{name} ({verified} shown families of a single child agree; checked against the true values)"
            : $"{name} ({verified} shown families agree)");
        return Outcome.Kept;
    }

    private static void Equations(
        AttackModel model, int column, DisclosureLeakKind kind, DenseCellIndex index, List<Frame> frames, List<Family> families)
    {
        var table = model.Table;
        foreach (var frame in frames)
        {
            foreach (var family in families)
            {
                if (index[frame.At(family.Parent)] < 0 && family.Children.All(x => index[frame.At(x)] < 0))
                {
                    continue;
                }

                var parent = table.GetOrAdd(column, table.CellId(frame.At(family.Parent)));
                var children = family.Children.Select(x => table.GetOrAdd(column, table.CellId(frame.At(x)))).ToArray();
                model.Equations.Add(Equation.Sum(parent, children, kind, Label(table, column, kind, frame, family)));
            }
        }
    }

    /// <summary>The base members of each métier group (the first family of each group), by métier id.</summary>
    public static Dictionary<int, int[]> GroupMembers(VariableTable table, PublishedSurface surface) =>
        MetierFamilies(table, surface).GroupBy(f => f.Parent).ToDictionary(g => g.Key, g => g.First().Children);

    /// <summary>Variable id per cell of one column, as a dense array over métier × territory × period (−1: none).</summary>
    private sealed class DenseCellIndex(int metiers, int territories, int periods)
    {
        private readonly int[] _variables = new int[metiers * territories * periods];

        public int this[Cell cell] =>
            cell.Metier < metiers && cell.Territory < territories && cell.Period < periods ? _variables[Offset(cell)] : -1;

        public void Fill(IEnumerable<(Cell Cell, int Variable)> variables)
        {
            Array.Fill(_variables, -1);
            foreach (var (cell, variable) in variables)
            {
                _variables[Offset(cell)] = variable;
            }
        }

        private int Offset(Cell cell) => (((cell.Metier * territories) + cell.Territory) * periods) + cell.Period;
    }

    private static string Label(VariableTable table, int column, DisclosureLeakKind kind, Frame frame, Family family)
    {
        var period = table.Periods[frame.Period];
        if (kind == DisclosureLeakKind.TerritoryDifferencing)
        {
            var (level, code) = table.Territories[family.Parent];
            return $"{table.Columns[column]} {table.Metiers[frame.Fixed]} {period}: {level} {code} = Σ {family.Children.Length} " +
                   table.Territories[family.Children[0]].Level;
        }

        var (territoryLevel, territory) = table.Territories[frame.Fixed];
        return $"{table.Columns[column]} {territoryLevel} {territory} {period}: {table.Metiers[family.Parent]} = " +
               string.Join(" + ", family.Children.Select(m => table.Metiers[m]));
    }
}
