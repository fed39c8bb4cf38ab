using System.Collections.Concurrent;

namespace Observatory.Api.Data;

/// <summary>The SQL of the API, embedded from <c>etl/queries/api/*.sql</c>.</summary>
internal static class SqlText
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of <c>etl/queries/api/{name}.sql</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static key =>
    {
        var resource = $"Observatory.Api.Sql.{key}.sql";
        using var stream = typeof(SqlText).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded SQL '{resource}' not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary><c>etl/queries/api/{name}.sql</c> preceded by the CTE <c>visible</c> (<c>visible_values.sql</c>).</summary>
    public static string OverVisibleValues(string name) =>
        "with visible as (\n" + Get("visible_values") + "\n)\n" + Get(name);

    /// <summary>
    /// <c>etl/queries/api/{name}.sql</c> preceded by the CTEs <c>visible</c> and <c>filtered</c> (the visible values that
    /// pass an observation filter, <c>filtered_values.sql</c>; parameters of <see cref="ObservationQueries.FilterParameters"/>).
    /// </summary>
    public static string OverFilteredValues(string name) =>
        "with visible as (\n" + Get("visible_values") + "\n),\nfiltered as (\n" + Get("filtered_values") + "\n)\n" + Get(name);
}
