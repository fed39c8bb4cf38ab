namespace Observatory.GraphQL.Errors;

/// <summary>
/// Thrown by <c>SchemaBuilder.Build</c> when the schema breaks the type-system rules of the spec (Section 3).
/// <see cref="Problems"/> lists every problem found, and the message lists them one per line.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this([])
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

    /// <summary>Every problem found, in discovery order.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string BuildMessage(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The schema is invalid."
            : $"The schema is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}- "
              + string.Join(Environment.NewLine + "- ", problems);
}
