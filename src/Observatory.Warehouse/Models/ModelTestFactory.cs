using System.Globalization;

namespace Observatory.Warehouse.Models;

/// <summary>Turns the <c>tests:</c> entries of a model YAML into SQL returning offending rows.</summary>
internal static class ModelTestFactory
{
    public static IReadOnlyList<ModelTest> Create(string relation, IReadOnlyList<string> grain, IEnumerable<Dictionary<string, object>> entries, string file)
    {
        var tests = new List<ModelTest>();
        if (grain.Count > 0)
        {
            var columns = string.Join(", ", grain);
            tests.Add(new ModelTest($"unique_grain({columns})", ModelTestKind.UniqueGrain,
                $"select {columns}, count(*) as row_count from {relation} group by {columns} having count(*) > 1"));
            tests.AddRange(grain.Select(c => NotNull(relation, c)));
        }

        foreach (var entry in entries)
        {
            if (entry.Count != 1 && !entry.ContainsKey("severity"))
            {
                throw new ModelCatalogException($"{file}: a test entry must have exactly one kind, found {string.Join(", ", entry.Keys)}.");
            }

            var blocking = !(entry.TryGetValue("severity", out var severity) && Text(severity) == "warn");
            foreach (var (kind, value) in entry.Where(e => e.Key != "severity"))
            {
                tests.AddRange(Create(relation, kind, value, file).Select(t => t with { Blocking = blocking }));
            }
        }

        return tests;
    }

    private static IEnumerable<ModelTest> Create(string relation, string kind, object value, string file)
    {
        switch (kind)
        {
            case "not_null":
                return List(value).Select(c => NotNull(relation, c));
            case "accepted_values":
                {
                    var map = Map(value, file, kind);
                    var column = Required(map, "column", file, kind);
                    var values = List(map.TryGetValue("values", out var v) ? v : throw Missing(file, kind, "values"));
                    var list = string.Join(", ", values.Select(v => Sql.Literal(v)));
                    return [new ModelTest($"accepted_values({column})", ModelTestKind.AcceptedValues,
                        $"select * from {relation} where {column} is not null and {column} not in ({list})")];
                }

            case "expression":
                {
                    var expression = Text(value);
                    return [new ModelTest($"expression({expression})", ModelTestKind.Expression,
                        $"select * from {relation} where not coalesce(({expression}), true)")];
                }

            case "relationships":
                {
                    var map = Map(value, file, kind);
                    var column = Required(map, "column", file, kind);
                    var to = Required(map, "to", file, kind);
                    var field = Required(map, "field", file, kind);
                    return [new ModelTest($"relationships({column} → {to}.{field})", ModelTestKind.Relationships,
                        $"select * from {relation} as child where child.{column} is not null " +
                        $"and not exists (select 1 from {to} as parent where parent.{field} = child.{column})")];
                }

            default:
                throw new ModelCatalogException($"{file}: unknown test kind '{kind}' (expected not_null, accepted_values, expression, relationships).");
        }
    }

    private static ModelTest NotNull(string relation, string column) =>
        new($"not_null({column})", ModelTestKind.NotNull, $"select * from {relation} where {column} is null");

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static List<string> List(object value) => value is not string && value is IEnumerable<object> items
        ? [.. items.Select(Text)]
        : [Text(value)];

    private static Dictionary<object, object> Map(object value, string file, string kind) =>
        value as Dictionary<object, object> ?? throw new ModelCatalogException($"{file}: test '{kind}' expects a mapping.");

    private static string Required(Dictionary<object, object> map, string key, string file, string kind) =>
        map.TryGetValue(key, out var v) ? Text(v) : throw Missing(file, kind, key);

    private static ModelCatalogException Missing(string file, string kind, string key) =>
        new($"{file}: test '{kind}' needs '{key}'.");
}
