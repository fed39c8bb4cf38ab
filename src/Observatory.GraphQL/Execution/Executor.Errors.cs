using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Execution;

/// <summary>Execution errors (spec 6.4.4): record at the nearest nullable position, or propagate.</summary>
internal sealed partial class Executor
{
    /// <summary>Returns null after recording the error, or throws to propagate it past a non-null position.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var propagated = exception as FieldErrorException;
        var error = propagated?.Error ?? BuildError(exception, fieldNodes, path);
        if (returnType.IsNonNull)
        {
            throw propagated ?? new FieldErrorException(error);
        }

        context.AddError(error);
        return null;
    }

    private GraphQLError BuildError(Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var locations = fieldNodes
            .Where(node => node.Location is not null)
            .Select(node => new ErrorLocation(node.Location!.Value.Line, node.Location.Value.Column))
            .ToList();
        switch (exception)
        {
            case LocatedException located:
                return new GraphQLError(located.Message)
                {
                    Locations = located.Locations ?? locations,
                    Path = path.ToList(),
                    Extensions = located.Code is null ? null : GraphQLError.CodeExtensions(located.Code, located.Extensions),
                };
            case GraphQLException clientError:
                return new GraphQLError(clientError.Message)
                {
                    Locations = locations,
                    Path = path.ToList(),
                    Extensions = clientError.Code is null ? clientError.Extensions : GraphQLError.CodeExtensions(clientError.Code, clientError.Extensions),
                };
            default:
                var error = new GraphQLError(ExecutionMessages.UnexpectedError)
                {
                    Locations = locations,
                    Path = path.ToList(),
                    Extensions = GraphQLError.CodeExtensions(ErrorCodes.InternalServerError),
                };
                context.OnUnexpectedError?.Invoke(exception, error);
                return error;
        }
    }
}
