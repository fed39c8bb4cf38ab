namespace Observatory.Warehouse.Disclosure.Audit.Internal;

/// <summary>Turns the published tables into variables and targets, then checks every hypothesis on the data.</summary>
internal static class AttackModelBuilder
{
    public static readonly string[] ValueFields = ["value", "numerator", "denominator", "unit_count"];

    public static AttackModel Build(PublishedSurface surface)
    {
        var model = new AttackModel();
        AddValues(model, surface);
        AddTension(model, surface);
        AddTerritories(model, surface);

        AdditivityHypotheses.Add(model, surface);
        LinkedQuantityHypotheses.Add(model);
        RatioHypotheses.Add(model, surface);
        CompositeHypotheses.Add(model, surface);
        return model;
    }

    private static void AddValues(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        foreach (var group in surface.Values.GroupBy(row => row.Indicator, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            bool[] present =
            [
                true,
                rows.Any(r => r.Numerator is not null),
                rows.Any(r => r.Denominator is not null),
                rows.Any(r => r.UnitCount is not null),
            ];
            var columns = new int[ValueFields.Length];
            var columnList = new List<int>();
            for (var f = 0; f < ValueFields.Length; f++)
            {
                columns[f] = table.ColumnId(new Column(group.Key, ValueFields[f]));
                if (present[f])
                {
                    columnList.Add(columns[f]);
                }
            }

            model.IndicatorColumns[group.Key] = columnList;
            foreach (var row in rows)
            {
                var cell = CellOf(table, row.Metier, row.Level, row.Territory, row.Period);
                var secret = row.Status == "secret";
                if (secret)
                {
                    model.SecretRows.Add(cell);
                }

                double?[] numbers = [row.Value, row.Numerator, row.Denominator, row.UnitCount];
                for (var f = 0; f < ValueFields.Length; f++)
                {
                    if (present[f])
                    {
                        Publish(model, columns[f], cell, numbers[f], secret);
                    }
                }
            }
        }
    }

    private static void AddTension(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        var index = table.ColumnId(new Column("tension_index", "index"));
        foreach (var row in surface.Tension)
        {
            var secret = row.Status == "secret";
            var cell = CellOf(table, row.Metier, row.Level, row.Territory, row.Period);
            if (secret)
            {
                model.SecretRows.Add(cell);
            }

            Publish(model, index, cell, row.Index, secret);
        }

        foreach (var row in surface.Components)
        {
            var cell = CellOf(table, row.Metier, row.Level, row.Territory, row.Period);
            var secret = row.Status == "secret";
            Publish(model, table.ColumnId(new Column(row.Indicator, "component_value")), cell, row.Value, secret);
            Publish(model, table.ColumnId(new Column(row.Indicator, "z_score")), cell, row.ZScore, secret);
        }
    }

    private static void AddTerritories(AttackModel model, PublishedSurface surface)
    {
        var table = model.Table;
        var present = table.Cells.Select(cell => cell.Territory).ToHashSet();
        foreach (var territory in surface.Territories)
        {
            if (!table.TryTerritoryId(territory.Level, territory.Territory, out var id) || !present.Contains(id))
            {
                continue;
            }

            var parent = -1;
            if (territory.ParentLevel is not null && territory.ParentTerritory is not null
                && table.TryTerritoryId(territory.ParentLevel, territory.ParentTerritory, out var parentId)
                && present.Contains(parentId))
            {
                parent = parentId;
            }

            model.TerritoryParent[id] = parent;
        }
    }

    private static void Publish(AttackModel model, int column, int cell, double? number, bool secret)
    {
        var variable = model.Table.GetOrAdd(column, cell);
        if (number is { } shown)
        {
            model.Table.Shown[variable] = shown;
        }
        else if (secret)
        {
            model.Targets.Add(variable);
        }
    }

    public static int CellOf(VariableTable table, string metier, string level, string territory, string period) =>
        table.CellId(new Cell(table.MetierId(metier), table.TerritoryId(level, territory), table.PeriodId(period)));
}
