using Microsoft.AspNetCore.Http;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// The engine behind the endpoint: parse (with the parser's token and depth limits), validate,
/// refuse mutations over GET, execute. Each step's failure becomes the matching
/// <see cref="GraphQLOutcomeKind"/>, so the HTTP layer can choose the status code.
/// </summary>
public sealed class GraphQLRequestHandler : IGraphQLRequestHandler
{
    private readonly GraphQLSchema _schema;
    private readonly Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>> _validate;
    private readonly ParserOptions _parserOptions;

    public GraphQLRequestHandler(
        GraphQLSchema schema,
        Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>> validate,
        ParserOptions? parserOptions = null)
    {
        _schema = schema;
        _validate = validate;
        _parserOptions = parserOptions ?? new ParserOptions();
    }

    /// <summary>Called with resolver exceptions hidden from clients, for logging.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }

    public async ValueTask<GraphQLOutcome> HandleAsync(GraphQLHttpRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return Errors(GraphQLOutcomeKind.MissingQuery, [WithCode(new GraphQLError("Missing query."), HttpErrorCodes.BadRequest)]);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query, _parserOptions);
        }
        catch (GraphQLSyntaxException ex)
        {
            var error = WithCode(new GraphQLError(ex.Message) { Locations = [new ErrorLocation(ex.Line, ex.Column)] }, ErrorCodes.ParseFailed);
            return Errors(GraphQLOutcomeKind.ParseError, [error]);
        }

        var validationErrors = _validate(_schema, document);
        if (validationErrors.Count > 0)
        {
            return Errors(GraphQLOutcomeKind.ValidationError, validationErrors.Select(e => e.Extensions is null ? WithCode(e, ErrorCodes.ValidationFailed) : e).ToList());
        }

        if (request.IsGet)
        {
            var operation = GraphQLExecutor.GetOperation(document, request.OperationName, out _);
            if (operation is not null && operation.Operation != OperationType.Query)
            {
                return Errors(GraphQLOutcomeKind.MutationOverGet,
                    [WithCode(new GraphQLError($"Can only perform a {operation.Operation.ToString().ToLowerInvariant()} operation from a POST request."), HttpErrorCodes.BadRequest)]);
            }
        }

        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            Services = context.RequestServices,
            UserContext = context,
            CancellationToken = cancellationToken,
            OnUnexpectedError = OnUnexpectedError,
        }).ConfigureAwait(false);

        return new GraphQLOutcome(result.IsRequestError ? GraphQLOutcomeKind.RequestError : GraphQLOutcomeKind.Executed, result.WriteTo);
    }

    private static GraphQLOutcome Errors(GraphQLOutcomeKind kind, IReadOnlyList<GraphQLError> errors) =>
        new(kind, ExecutionResult.FromErrors(errors).WriteTo);

    private static GraphQLError WithCode(GraphQLError error, string code) => error with { Extensions = GraphQLError.CodeExtensions(code) };
}
