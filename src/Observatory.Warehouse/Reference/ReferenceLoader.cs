using Observatory.DuckDb;

namespace Observatory.Warehouse.Reference;

/// <summary>
/// Loads every <c>schemas/reference/&lt;list&gt;.csv</c> into a table <c>ref_&lt;list&gt;</c> (all columns as
/// text, as the code lists are text; models cast weights and flags), so the build carries the exact code
/// lists and crosswalks of its edition.
/// </summary>
public static class ReferenceLoader
{
    public static IReadOnlyList<string> Load(DuckDbConnection connection, string schemasDirectory)
    {
        var tables = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(schemasDirectory, "reference"), "*.csv").Order(StringComparer.Ordinal))
        {
            var table = "ref_" + Path.GetFileNameWithoutExtension(file);
            connection.Execute(
                $"create or replace table {table} as select * from read_csv({Sql.PathLiteral(file)}, " +
                "header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')");
            tables.Add(table);
        }

        return tables;
    }
}
