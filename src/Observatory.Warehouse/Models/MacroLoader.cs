using Observatory.DuckDb;
using Observatory.Warehouse.Build;

namespace Observatory.Warehouse.Models;

/// <summary>Runs <c>etl/macros/*.sql</c> (DuckDB macros the models share) before the models.</summary>
public static class MacroLoader
{
    public static int Load(DuckDbConnection connection, string etlDirectory)
    {
        var directory = Path.Combine(etlDirectory, "macros");
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var files = Directory.GetFiles(directory, "*.sql").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            try
            {
                connection.Execute(File.ReadAllText(file));
            }
            catch (DuckDbException ex)
            {
                throw new ModelRunException($"Macros {Path.GetFileName(file)} failed: {ex.Message}", ex);
            }
        }

        return files.Count;
    }
}
