namespace Observatory.Warehouse.Models;

/// <summary>Orders models so that each runs after everything it reads; a cycle is an error naming its models.</summary>
public static class ModelGraph
{
    /// <summary>
    /// A topological order (depth-first, ties broken by layer then name, so the order is stable).
    /// </summary>
    /// <exception cref="ModelCatalogException">A dependency cycle, e.g. <c>a → b → a</c>, or an unknown dependency.</exception>
    public static IReadOnlyList<ModelDefinition> Order(IEnumerable<ModelDefinition> models)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var ordered = new List<ModelDefinition>(byName.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(ModelDefinition model)
        {
            if (done.Contains(model.Name))
            {
                return;
            }

            var at = path.IndexOf(model.Name);
            if (at >= 0)
            {
                var cycle = path.Skip(at).Append(model.Name);
                throw new ModelCatalogException($"Dependency cycle between models: {string.Join(" → ", cycle)}.");
            }

            path.Add(model.Name);
            foreach (var dependency in model.DependsOn.Order(StringComparer.Ordinal))
            {
                Visit(byName.TryGetValue(dependency, out var d)
                    ? d
                    : throw new ModelCatalogException($"{model.Name} depends on unknown model '{dependency}'."));
            }

            path.RemoveAt(path.Count - 1);
            done.Add(model.Name);
            ordered.Add(model);
        }

        foreach (var model in byName.Values
            .OrderBy(m => LayerRank(m.Layer))
            .ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            Visit(model);
        }

        return ordered;
    }

    private static int LayerRank(string layer)
    {
        var index = ModelCatalog.Layers.ToList().IndexOf(layer);
        return index < 0 ? int.MaxValue : index;
    }
}
