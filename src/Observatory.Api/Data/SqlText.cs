using System.Collections.Concurrent;
using Observatory.Core.Utility;

namespace Observatory.Api.Data;

/// <summary>Which variant of the visible values a query reads.</summary>
/// <param name="Analyst">The caller is an analyst (the join with the pre-disclosure values); else the publication as is.</param>
/// <param name="Provenance">Read the provenance columns; else they are null (the <c>provenance</c> field is not selected).</param>
public readonly record struct VisibleShape(bool Analyst, bool Provenance)
{
    public static VisibleShape For(string? analystDepartment, bool provenance = true) => new(analystDepartment is { Length: > 0 }, provenance);
}

/// <summary>The SQL of the API, embedded from <c>etl/queries/api/*.sql</c>.</summary>
internal static class SqlText
{
    private const string ProvenanceColumns = "v.source_files_sha256, v.ingest_runs";

    private static readonly ConcurrentDictionary<VisibleShape, string> VisibleCache = new();

    /// <summary>The text of <c>etl/queries/api/{name}.sql</c>.</summary>
    public static string Get(string name) => EmbeddedText.Read(typeof(SqlText).Assembly, $"Observatory.Api.Sql.{name}.sql");

    /// <summary><c>etl/queries/api/{name}.sql</c> preceded by the CTE <c>visible</c> (<see cref="Visible"/>).</summary>
    public static string OverVisibleValues(string name, VisibleShape shape) =>
        "with visible as (\n" + Visible(shape) + "\n)\n" + Get(name);

    /// <summary>
    /// <c>etl/queries/api/{name}.sql</c> preceded by the CTEs <c>visible</c> and <c>filtered</c> (the visible values that
    /// pass the filters set in <paramref name="parameters"/>, see <see cref="FilterSql.Where"/>), for the caller of
    /// <c>$analyst_department</c> (parameters of <see cref="ObservationQueries.FilterParameters"/>).
    /// </summary>
    public static string OverFilteredValues(string name, IReadOnlyDictionary<string, object?> parameters, bool provenance = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var shape = new VisibleShape(parameters.GetValueOrDefault("analyst_department") is string { Length: > 0 }, provenance);
        var filtered = Get("filtered_values").Replace("/*WHERE*/", FilterSql.Where(parameters), StringComparison.Ordinal);
        return "with visible as (\n" + Visible(shape) + "\n),\nfiltered as (\n" + filtered + "\n)\n" + Get(name);
    }

    /// <summary>
    /// The visible values: <c>visible_values.sql</c> for an analyst, <c>visible_values_public.sql</c> (no join) for an
    /// anonymous caller; without provenance, its two columns are read as null.
    /// </summary>
    public static string Visible(VisibleShape shape) => VisibleCache.GetOrAdd(shape, static s =>
    {
        var sql = Get(s.Analyst ? "visible_values" : "visible_values_public");
        if (s.Provenance)
        {
            return sql;
        }

        if (!sql.Contains(ProvenanceColumns, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The visible values SQL must list '{ProvenanceColumns}' on one line.");
        }

        return sql.Replace(ProvenanceColumns, "null as source_files_sha256, null as ingest_runs", StringComparison.Ordinal);
    });
}
