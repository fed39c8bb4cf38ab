using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language.Ast;

namespace Observatory.GraphQL.Execution;

/// <summary>A client-facing error that already knows where in the document it happened.</summary>
internal sealed class LocatedException(string message, Node? node, string? code = ErrorCodes.BadUserInput)
    : GraphQLException(message, code)
{
    public IReadOnlyList<ErrorLocation>? Locations { get; } =
        node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;
}
