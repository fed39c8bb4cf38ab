namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary><c>extensions.code</c> values of errors raised by the HTTP layer itself.</summary>
public static class HttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string Timeout = "TIMEOUT";

    /// <summary>APQ: the hash is unknown; the client retries with the query.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>APQ is switched off.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The operation's cost or field count exceeds the limit (extensions also hold the value and the maximum).</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>Introspection is switched off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
