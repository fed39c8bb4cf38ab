namespace Observatory.Benchmarks.GraphQL;

/// <summary>Typical documents: a list, a variable-driven detail, fragments with aliases, GraphiQL's introspection.</summary>
internal static class BenchmarkDocuments
{
    public static readonly (string Name, string Query, string? VariablesJson)[] All =
    [
        ("list", "{ metiers { code label sector } }", null),
        ("detail", "query Detail($code: ID!) { metier(code: $code) { code label values(limit: 50) { year value status territory { code label region } } } }", "{\"code\":\"M07\"}"),
        ("fragments", "{ a: metiers(sector: \"autonomie\") { ...M } b: metiers(sector: \"handicap\") { ...M } t: territories { code } } fragment M on Metier { code label values(limit: 5) { value status } }", null),
        ("introspection", IntrospectionQuery.Text, null),
    ];
}
