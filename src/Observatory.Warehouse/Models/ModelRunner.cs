using System.Diagnostics;
using Observatory.DuckDb;
using Observatory.Warehouse.Build;

namespace Observatory.Warehouse.Models;

/// <summary>
/// Creates every model in dependency order: <c>create or replace view|table &lt;relation&gt; as &lt;sql&gt;</c>; an
/// iterated model's step (one or more statements, each ending with a semicolon at the end of a line) is then run
/// until a pass changes no row.
/// </summary>
public static partial class ModelRunner
{
    public static IReadOnlyList<ModelDefinition> Run(DuckDbConnection connection, ModelCatalog catalog, IBuildObserver? observer = null)
    {
        var ordered = ModelGraph.Order(catalog.Models);
        foreach (var schema in ordered.Select(m => m.Relation).Where(r => r.Contains('.', StringComparison.Ordinal))
            .Select(r => r[..r.IndexOf('.', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal))
        {
            connection.Execute($"create schema if not exists {schema}");
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var model = ordered[i];
            observer?.ModelStarted(model.Name, i + 1, ordered.Count);
            var watch = Stopwatch.StartNew();
            var kind = model.Materialization == ModelMaterialization.View ? "view" : "table";
            try
            {
                connection.Execute($"create or replace {kind} {model.Relation} as\n{model.Sql}");
                if (model.StepSql is not null)
                {
                    Iterate(connection, model);
                }
            }
            catch (DuckDbException ex)
            {
                throw new ModelRunException($"Model {model.Name} ({Path.GetFileName(model.Path)}) failed: {ex.Message}", ex);
            }

            observer?.ModelFinished(model.Name, watch.Elapsed);
        }

        return ordered;
    }

    /// <summary>The most passes an iterated model may take before the build stops (a step that never settles is a bug).</summary>
    public const int MaxIterations = 1000;

    private static void Iterate(DuckDbConnection connection, ModelDefinition model)
    {
        var statements = StepStatements().Split(model.StepSql!).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        for (var pass = 1; pass <= MaxIterations; pass++)
        {
            if (statements.Sum(connection.Execute) == 0)
            {
                return;
            }
        }

        throw new ModelRunException($"Model {model.Name}: its step still changed rows after {MaxIterations} passes.");
    }

    /// <summary>A step file's statements end with a semicolon at the end of a line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@";[ \t]*\r?\n")]
    private static partial System.Text.RegularExpressions.Regex StepStatements();
}
