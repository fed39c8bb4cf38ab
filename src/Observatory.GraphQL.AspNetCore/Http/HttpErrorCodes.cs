namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary><c>extensions.code</c> values of errors raised by the HTTP layer itself.</summary>
public static class HttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string Timeout = "TIMEOUT";
}
