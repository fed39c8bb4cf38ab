using Observatory.GraphQL.Errors;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Removes the "Did you mean …?" suggestions from validation messages, which would reveal schema names when
/// introspection is off (the validator has no switch for them).
/// </summary>
internal static class SchemaHintFilter
{
    public static GraphQLError Strip(GraphQLError error)
    {
        var index = error.Message.IndexOf(" Did you mean ", StringComparison.Ordinal);
        return index < 0 ? error : error with { Message = error.Message[..index] };
    }
}
