using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>Everything needed to execute one operation of a (parsed, validated) document.</summary>
public sealed record ExecutionRequest
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; required when the document has several. Empty counts as absent.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values: a <see cref="System.Text.Json.JsonElement"/> object, an
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (values may be JsonElements), or null.
    /// </summary>
    public object? VariableValues { get; init; }

    /// <summary>The source value of root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Services resolvers can reach through <see cref="ResolveContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Application state resolvers can reach through <see cref="ResolveContext.UserContext"/>.</summary>
    public object? UserContext { get; init; }

    /// <summary>Cancels the execution; <see cref="GraphQLExecutor.ExecuteAsync"/> then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Called for each resolver exception that is not a <see cref="GraphQLException"/>, with the error sent to
    /// the client ("Unexpected error."), so the host can log the detail.
    /// </summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }
}
