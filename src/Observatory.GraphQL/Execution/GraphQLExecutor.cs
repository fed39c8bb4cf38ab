using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Utilities;

namespace Observatory.GraphQL.Execution;

/// <summary>
/// Executes a request (spec 6.1): selects the operation, coerces variables, runs the fields and returns the
/// result. Request errors (no operation, bad variables) give a result without <c>data</c>. The document is
/// assumed valid; run validation first.
/// </summary>
public static class GraphQLExecutor
{
    /// <summary>
    /// Executes the request. Resolvers run without a <see cref="SynchronizationContext"/>, so that DataLoader
    /// continuations run inline and the loads of one level are batched together.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <see cref="ExecutionRequest.CancellationToken"/> is cancelled.</exception>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            return ExecuteWithoutContextAsync(request);
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return ExecuteWithoutContextAsync(request);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private static async Task<ExecutionResult> ExecuteWithoutContextAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.CancellationToken.ThrowIfCancellationRequested();
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return RequestError(operationError!, ErrorCodes.OperationResolutionFailure);
        }

        var rootType = request.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return RequestError(ExecutionMessages.OperationTypeNotConfigured(operation.Operation.ToString().ToLowerInvariant()), ErrorCodes.OperationResolutionFailure, operation);
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return RequestError(ExecutionMessages.SubscriptionsNotSupported, ErrorCodes.OperationResolutionFailure, operation);
        }

        if (!TryReadVariables(request.VariableValues, out var inputs))
        {
            return RequestError(ExecutionMessages.VariablesNotAnObject, ErrorCodes.BadUserInput);
        }

        var errors = new List<GraphQLError>();
        var variables = ValueCoercion.CoerceVariableValues(request.Schema, operation.VariableDefinitions, inputs, errors);
        if (errors.Count > 0)
        {
            return ExecutionResult.FromErrors(errors);
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in request.Document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        var context = new ExecutionContext(request, operation, fragments, variables);
        try
        {
            context.FieldCollector.CollectFields(rootType, operation.SelectionSet);
        }
        catch (LocatedException exception)
        {
            return ExecutionResult.FromErrors([new GraphQLError(exception.Message)
            {
                Locations = exception.Locations,
                Extensions = GraphQLError.CodeExtensions(exception.Code ?? ErrorCodes.BadUserInput),
            }]);
        }

        var data = await new Executor(context).ExecuteOperationAsync(rootType).ConfigureAwait(false);
        request.CancellationToken.ThrowIfCancellationRequested();
        return ExecutionResult.FromData(data, context.Errors);
    }

    /// <summary>GetOperation (spec 6.1): the named operation, or the only one when no name is given.</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out string? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            switch (operations.Count)
            {
                case 1:
                    return operations[0];
                case 0:
                    error = ExecutionMessages.MustProvideOperation;
                    return null;
                default:
                    error = ExecutionMessages.MustProvideOperationName;
                    return null;
            }
        }

        var found = operations.FirstOrDefault(operation => operation.Name?.Value == operationName);
        if (found is null)
        {
            error = ExecutionMessages.UnknownOperation(operationName);
        }

        return found;
    }

    private static bool TryReadVariables(object? raw, out IReadOnlyDictionary<string, object?> inputs)
    {
        switch (raw)
        {
            case null:
            case JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                inputs = new Dictionary<string, object?>();
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                inputs = (Dictionary<string, object?>)JsonValues.FromElement(element)!;
                return true;
            case IReadOnlyDictionary<string, object?> map:
                inputs = map;
                return true;
            default:
                inputs = new Dictionary<string, object?>();
                return false;
        }
    }

    private static ExecutionResult RequestError(string message, string code, Node? node = null) =>
        ExecutionResult.FromErrors([new GraphQLError(message)
        {
            Locations = node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null,
            Extensions = GraphQLError.CodeExtensions(code),
        }]);
}
