namespace Observatory.GraphQL.Errors;

/// <summary>
/// An error whose message is meant for API clients. Resolvers and custom scalars throw it to report an
/// expected failure; the executor copies <see cref="Exception.Message"/>, <see cref="Code"/> and
/// <see cref="Extensions"/> into the response. Any other exception becomes "Unexpected error.".
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("Unexpected error.")
    {
    }

    public GraphQLException(string message)
        : base(message)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLException(string message, string? code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code { get; init; }

    /// <summary>Further entries of <c>extensions</c> (serialized with the result writer rules).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
