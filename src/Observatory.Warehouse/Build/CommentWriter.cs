using Observatory.DuckDb;
using Observatory.Warehouse.Models;

namespace Observatory.Warehouse.Build;

/// <summary>
/// Writes <c>COMMENT ON TABLE</c> (the model description) and <c>COMMENT ON COLUMN</c> (each documented
/// column) for the models that declare columns, so BI tools such as Metabase show the documentation.
/// </summary>
public static class CommentWriter
{
    public static void Write(DuckDbConnection connection, IEnumerable<ModelDefinition> models)
    {
        foreach (var model in models.Where(m => m.Columns.Count > 0))
        {
            var kind = model.Materialization == ModelMaterialization.Table ? "table" : "view";
            connection.Execute($"comment on {kind} {model.Relation} is {Sql.Literal(model.Description)}");
            foreach (var column in model.Columns)
            {
                connection.Execute($"comment on column {model.Relation}.{Sql.Identifier(column.Name)} is {Sql.Literal(column.Description)}");
            }
        }
    }
}
