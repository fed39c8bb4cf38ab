namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>Options of the GraphQL HTTP endpoint.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes (413 above).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Execution time limit; the query is interrupted and the client gets a 408.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Serve GraphiQL to browsers that GET the endpoint with <c>Accept: text/html</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Title of the GraphiQL page.</summary>
    public string Title { get; set; } = "GraphQL";
}
