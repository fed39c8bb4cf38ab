using System.Text.Json;

namespace Observatory.Benchmarks.Api;

/// <summary>
/// One question of the standard dashboard: a GraphQL document over the API and the SQL on <c>pub</c> that returns the
/// same data (the "direct SQL" floor), both from <c>Api/Queries/{Name}.graphql|.sql</c>. <see cref="Parameters"/> are
/// both the GraphQL variables and the SQL's named parameters. <see cref="Parts"/> say where the rows are in the
/// GraphQL response (dotted paths to lists, or to an object that counts as one row) and which field of each row, if
/// any, is summed to compare with the SQL column <c>check_value</c>.
/// </summary>
internal sealed class DashboardQuery
{
    public DashboardQuery(string name, string title, IReadOnlyDictionary<string, object?> parameters, params (string Path, string? ValueField)[] parts)
        : this(name, title, Resource($"{name}.graphql"), SplitStatements(Resource($"{name}.sql")), parameters, parts)
    {
    }

    private DashboardQuery(string name, string title, string document, List<string> statements, IReadOnlyDictionary<string, object?> parameters, (string Path, string? ValueField)[] parts)
    {
        Name = name;
        Title = title;
        Parameters = parameters;
        Parts = parts;
        Document = document;
        Statements = statements;
        RequestBody = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["query"] = Document,
            ["variables"] = parameters,
        });
    }

    public string Name { get; }

    public string Title { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public IReadOnlyList<(string Path, string? ValueField)> Parts { get; }

    public string Document { get; }

    /// <summary>The SQL statements, run one after the other on the same connection.</summary>
    public IReadOnlyList<string> Statements { get; }

    /// <summary>The JSON body POSTed to <c>/graphql</c>.</summary>
    public byte[] RequestBody { get; }

    public string ShortName => Name[..2];

    /// <summary>A GraphQL document with no SQL counterpart (the profile's HTTP floor).</summary>
    public static DashboardQuery Inline(string name, string document) =>
        new(name, name, document, [], new Dictionary<string, object?>(), []);

    private static string Resource(string file) =>
        Observatory.Core.Utility.EmbeddedText.Read(typeof(DashboardQuery).Assembly, $"Observatory.Benchmarks.Api.Queries.{file}");

    /// <summary>Splits on a <c>;</c> ending a line (the files hold no other semicolons).</summary>
    private static List<string> SplitStatements(string sql) =>
        [.. sql.Split(";\n").Select(s => s.Trim()).Where(s => s.Length > 0)];
}
