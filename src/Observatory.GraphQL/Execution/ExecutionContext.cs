using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>State of one execution: request data, coerced variables, collected errors, caches and loaders.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsLock = new();

    public ExecutionContext(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        Schema = request.Schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = request.RootValue;
        Services = request.Services;
        UserContext = request.UserContext;
        CancellationToken = request.CancellationToken;
        OnUnexpectedError = request.OnUnexpectedError;
        DataLoaders = new DataLoaderRegistry(request.CancellationToken);
        FieldCollector = new FieldCollector(this);
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public IServiceProvider? Services { get; }

    public object? UserContext { get; }

    public CancellationToken CancellationToken { get; }

    public Action<Exception, GraphQLError>? OnUnexpectedError { get; }

    public DataLoaderRegistry DataLoaders { get; }

    public FieldCollector FieldCollector { get; }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsLock)
            {
                return [.. _errors];
            }
        }
    }
}
