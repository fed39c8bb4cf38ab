using Microsoft.AspNetCore.Http;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>
/// Runs one GraphQL-over-HTTP request through the engine (parse, validate, choose the
/// operation, coerce variables, execute). The HTTP layer turns its outcome into a status code.
/// </summary>
public interface IGraphQLRequestHandler
{
    ValueTask<GraphQLOutcome> HandleAsync(GraphQLHttpRequest request, HttpContext context, CancellationToken cancellationToken);
}
