namespace Observatory.GraphQL.Errors;

/// <summary>Stable values of <c>errors[].extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>The document could not be parsed.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The operation to run could not be determined.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A variable or argument value could not be coerced.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A resolver failed with an exception not meant for clients.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A resolved value could not be completed (bad scalar value, null in a non-null position, unresolvable abstract type).</summary>
    public const string ResultCoercionFailed = "RESULT_COERCION_FAILED";
}
