using System.Text.Json;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters, read from a GET query string or a POST JSON body.
/// <c>null</c> and absent are the same. <see cref="Variables"/> and <see cref="Extensions"/> are
/// JSON objects when present.
/// </summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    bool IsGet);
