using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>Options of the GraphQL HTTP endpoint; the defaults suit production.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes (413 above). GET query strings are bounded by Kestrel (414).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Execution time limit; the query is interrupted and the client gets a 408.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Serve GraphiQL to browsers that GET the endpoint with <c>Accept: text/html</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Title of the GraphiQL page.</summary>
    public string Title { get; set; } = "GraphQL";

    /// <summary>The document GraphiQL opens with (comments included); null keeps GraphiQL's own welcome.</summary>
    public string? GraphiQLDefaultQuery { get; set; }

    /// <summary>
    /// Depth (15), alias (30), directives per location (10), cost (1000) and field count (1000) limits, and the cost
    /// model (per-field weights and list sizes declared in code). Checked on every request.
    /// </summary>
    public ValidationLimits Limits { get; set; } = new();

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried; null (the default) allows them only when the host
    /// environment is Development. When off, validation messages carry no "Did you mean" hints.
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>Accept Apollo automatic persisted queries (<c>extensions.persistedQuery</c>).</summary>
    public bool EnablePersistedQueries { get; set; } = true;

    /// <summary>Most persisted queries kept in memory (least recently used evicted first).</summary>
    public int PersistedQueryCacheSize { get; set; } = 1000;

    /// <summary>Most parsed and validated documents kept in memory, keyed by the SHA-256 of the query; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; set; } = 1000;
}
