namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>
/// Reads a formula operand at a cell as shown, or, at a métier-group cell where the operand's column is not published,
/// as the sum of the group's base members (when the column's additivity along métier groups is not refuted by the
/// data). A formula checked this way checks the substituted columns' additivity along métier groups too: e.g.
/// available_labour(group) · Σ members' employment = Σ members' job seekers.
/// </summary>
internal sealed class GroupOperands(AttackModel model, PublishedSurface surface)
{
    private readonly Dictionary<int, int[]> _members = AdditivityHypotheses.GroupMembers(model.Table, surface);

    /// <summary>The operand's value (NaN when unknown); adds the column to <paramref name="summed"/> when summed over members.</summary>
    public double Value(int column, int cellId, HashSet<int> summed)
    {
        var table = model.Table;
        var shown = table.ShownValue(column, cellId);
        var cell = table.Cells[cellId];
        if (!double.IsNaN(shown) || model.MetierNotAdditive.Contains(column) || !_members.TryGetValue(cell.Metier, out var members))
        {
            return shown;
        }

        var sum = 0.0;
        foreach (var metier in members)
        {
            var member = table.Find(column, cell with { Metier = metier });
            if (member < 0 || double.IsNaN(table.Shown[member]))
            {
                return double.NaN;
            }

            sum += table.Shown[member];
        }

        summed.Add(column);
        return sum;
    }

    /// <summary>Keeps the métier-group additivity of columns checked through a formula and adds their equations.</summary>
    public void Keep(IEnumerable<int> columns, string formula, int cells)
    {
        foreach (var column in columns.Where(c => !model.MetierAdditive.Contains(c)))
        {
            model.Keep($"{model.Table.Columns[column]} is additive along métier groups (checked through {formula} at {cells} group cells)");
            AdditivityHypotheses.AddMetierEquations(model, surface, column);
        }
    }
}
