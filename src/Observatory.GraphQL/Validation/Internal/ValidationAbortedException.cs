namespace Observatory.GraphQL.Validation.Internal;

/// <summary>Unwinds the traversal when the error cap or a work budget is exhausted.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when a work budget ran out (graphql-js "Validation aborted."), false for the error cap.</summary>
    public bool BudgetExhausted { get; init; }
}
