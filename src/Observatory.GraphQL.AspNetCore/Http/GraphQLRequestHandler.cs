using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Types;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// The engine behind the endpoint: resolve automatic persisted queries, parse (with the parser's token and depth
/// limits) and validate (spec rules, then the depth, alias and directive limits, and the introspection switch) through
/// a bounded cache keyed by the query's SHA-256, refuse mutations over GET, price the operation from the request's
/// variables, execute. Each step's failure becomes the matching <see cref="GraphQLOutcomeKind"/>, so the HTTP layer
/// can choose the status code. The limits come from <see cref="GraphQLHttpOptions"/> (given here, else registered).
/// </summary>
public sealed partial class GraphQLRequestHandler : IGraphQLRequestHandler
{
    private static readonly GraphQLHttpOptions DefaultOptions = new();

    private readonly GraphQLSchema _schema;
    private readonly Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>> _validate;
    private readonly ParserOptions _parserOptions;
    private readonly GraphQLHttpOptions? _options;
    private readonly PersistedQueryStore _persistedQueries = new();

    /// <param name="schema">The schema to serve.</param>
    /// <param name="validate">The spec validation (e.g. <c>DocumentValidator.Validate</c>); the limits of the options are checked after it.</param>
    /// <param name="parserOptions">Parser token and depth limits.</param>
    public GraphQLRequestHandler(
        GraphQLSchema schema,
        Func<GraphQLSchema, DocumentNode, IReadOnlyList<GraphQLError>> validate,
        ParserOptions? parserOptions = null)
    {
        _schema = schema;
        _validate = validate;
        _parserOptions = parserOptions ?? new ParserOptions();
    }

    /// <summary>A handler validating with <see cref="DocumentValidator"/> and, when given, these options instead of the registered ones.</summary>
    public GraphQLRequestHandler(GraphQLSchema schema, GraphQLHttpOptions? options = null, ParserOptions? parserOptions = null)
        : this(schema, DocumentValidator.Validate, parserOptions)
    {
        _options = options;
    }

    /// <summary>Called with resolver exceptions hidden from clients, for logging.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }

    /// <summary>Number of queries held by the persisted-query cache.</summary>
    public int PersistedQueryCount => _persistedQueries.Count;

    /// <summary>Number of parsed documents held by the document cache.</summary>
    public int CachedDocumentCount => _documents.Count;

    public async ValueTask<GraphQLOutcome> HandleAsync(GraphQLHttpRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var options = ResolveOptions(context);
        var persisted = _persistedQueries.Resolve(request, options);
        if (persisted.Error is { } persistedError)
        {
            return Errors(GraphQLOutcomeKind.RequestError, [persistedError]);
        }

        if (string.IsNullOrEmpty(persisted.Query))
        {
            return Errors(GraphQLOutcomeKind.MissingQuery, [WithCode(new GraphQLError("Missing query."), HttpErrorCodes.BadRequest)]);
        }

        var prepared = Prepare(persisted.Query, persisted.Hash, options, IsIntrospectionEnabled(options, context));
        if (prepared.Document is not { } document)
        {
            return Errors(prepared.FailureKind, prepared.Errors);
        }

        var operation = GraphQLExecutor.GetOperation(document, request.OperationName, out _);
        if (request.IsGet && operation is not null && operation.Operation != OperationType.Query)
        {
            return Errors(GraphQLOutcomeKind.MutationOverGet,
                [WithCode(new GraphQLError($"Can only perform a {operation.Operation.ToString().ToLowerInvariant()} operation from a POST request."), HttpErrorCodes.BadRequest)]);
        }

        if (operation is not null && CheckCost(document, operation, request.Variables, options.Limits) is { } costError)
        {
            return Errors(GraphQLOutcomeKind.RequestError, [costError]);
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

    private GraphQLHttpOptions ResolveOptions(HttpContext context) =>
        _options ?? context.RequestServices?.GetService<IOptions<GraphQLHttpOptions>>()?.Value ?? DefaultOptions;

    private static bool IsIntrospectionEnabled(GraphQLHttpOptions options, HttpContext context) =>
        options.EnableIntrospection ?? context.RequestServices?.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;

    private static GraphQLOutcome Errors(GraphQLOutcomeKind kind, IReadOnlyList<GraphQLError> errors) =>
        new(kind, ExecutionResult.FromErrors(errors).WriteTo);

    private static GraphQLError WithCode(GraphQLError error, string code) => error with { Extensions = GraphQLError.CodeExtensions(code) };
}
