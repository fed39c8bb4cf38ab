using Microsoft.AspNetCore.Http;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Status codes of the GraphQL-over-HTTP draft (May 2025 text, audited by graphql-http 1.23.1):
/// with <c>application/json</c> every well-formed request answers 200; with
/// <c>application/graphql-response+json</c> parse, validation and request errors answer 400.
/// One table, so that the 2026 draft's codes are a single switch.
/// </summary>
public static class GraphQLStatusPolicy
{
    public static int StatusCode(GraphQLOutcomeKind kind, GraphQLMediaType mediaType) => kind switch
    {
        GraphQLOutcomeKind.Executed => StatusCodes.Status200OK,
        GraphQLOutcomeKind.MissingQuery => StatusCodes.Status400BadRequest,
        GraphQLOutcomeKind.MutationOverGet => StatusCodes.Status405MethodNotAllowed,
        _ => mediaType == GraphQLMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
    };
}
