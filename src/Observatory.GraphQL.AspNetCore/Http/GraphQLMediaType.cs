namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP.</summary>
public enum GraphQLMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors apart.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy type; well-formed requests answer 200.</summary>
    Json,
}

/// <summary>Content-type strings of <see cref="GraphQLMediaType"/>.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(GraphQLMediaType type) =>
        (type == GraphQLMediaType.GraphQLResponseJson ? GraphQLResponseJson : Json) + "; charset=utf-8";
}
