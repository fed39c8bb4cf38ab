using Observatory.Core.Utility;

namespace Observatory.Etl.Loading;

/// <summary>
/// The ingest's SQL, kept in <c>etl/ingest/*.sql</c> and embedded in the assembly. Templates use
/// <c>{{name}}</c> placeholders; <see cref="Literal"/> escapes a value placed inside quotes.
/// </summary>
internal static class SqlScripts
{
    public static string Load(string name) => EmbeddedText.Read(typeof(SqlScripts).Assembly, $"Observatory.Etl.Sql.{name}.sql");

    public static string Render(string name, IReadOnlyDictionary<string, string> values)
    {
        var sql = Load(name);
        foreach (var (key, value) in values)
        {
            sql = sql.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return sql.Contains("{{", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"SQL script '{name}' has an unfilled placeholder.")
            : sql;
    }

    /// <summary>Escapes text for a single-quoted SQL literal.</summary>
    public static string Literal(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>A double-quoted identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
