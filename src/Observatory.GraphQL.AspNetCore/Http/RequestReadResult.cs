namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>Either the parsed request, or the HTTP status and message of why it was refused.</summary>
public sealed record RequestReadResult(GraphQLHttpRequest? Request, int StatusCode, string? Error)
{
    public static RequestReadResult Ok(GraphQLHttpRequest request) => new(request, 200, null);

    public static RequestReadResult Fail(int statusCode, string error) => new(null, statusCode, error);
}
