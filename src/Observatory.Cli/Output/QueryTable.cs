using Observatory.DuckDb;

namespace Observatory.Cli.Output;

/// <summary>A fully read query result: column names, DuckDB type names and boxed values.</summary>
internal sealed record QueryTable(IReadOnlyList<string> Names, IReadOnlyList<string> TypeNames, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Reads every chunk of <paramref name="result"/>.</summary>
    public static QueryTable Read(DuckDbResult result)
    {
        var names = result.Columns.Select(c => c.Name).ToArray();
        var types = result.Columns.Select(c => c.Type.ToString()).ToArray();
        var rows = result.Rows().ToList();
        return new QueryTable(names, types, rows);
    }
}
