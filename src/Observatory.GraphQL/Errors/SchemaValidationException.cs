namespace Observatory.GraphQL.Errors;

/// <summary>
/// Thrown by <c>SchemaBuilder.Build</c> when the schema breaks the type-system rules of the spec (Section 3).
/// <see cref="Problems"/> lists every problem found, and the message lists them one per line.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this(Array.Empty<string>())
    {
    }

    public SchemaValidationException(string message)
        : this([message])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public SchemaValidationException(IReadOnlyList<string> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Problems found in a type system document, located (SDL validation); <see cref="Problems"/> has their text.</summary>
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : this(errors.Select(Describe).ToList())
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in discovery order.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The located errors of the SDL document, when the problems come from SDL validation; empty otherwise.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = [];

    private static string Describe(GraphQLError error) => error.Locations is { Count: > 0 } locations
        ? $"{error.Message} ({string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))})"
        : error.Message;

    private static string BuildMessage(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The schema is invalid."
            : $"The schema is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}- "
              + string.Join(Environment.NewLine + "- ", problems);
}
