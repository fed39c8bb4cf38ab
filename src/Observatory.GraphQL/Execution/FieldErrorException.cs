using Observatory.GraphQL.Errors;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// Carries an already-recorded-shape execution error up to the nearest nullable position (null propagation).
/// Never leaves the executor.
/// </summary>
internal sealed class FieldErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
