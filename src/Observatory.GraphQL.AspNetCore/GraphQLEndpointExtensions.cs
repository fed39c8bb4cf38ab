using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Observatory.GraphQL.AspNetCore.GraphiQL;
using Observatory.GraphQL.AspNetCore.Http;

namespace Observatory.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL-over-HTTP endpoint and its GraphiQL page.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> (GET and POST; other methods get 405 with
    /// <c>Allow: GET, POST</c>) to the registered <see cref="IGraphQLRequestHandler"/>, and the
    /// GraphiQL assets under <c>{pattern}/graphiql/</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var assetsPath = pattern.TrimEnd('/') + "/graphiql";
        endpoints.MapGet(assetsPath + "/{file}", (string file) =>
            GraphiQLPage.AssetNames.Contains(file)
                ? Results.File(Path.Combine(GraphiQLPage.AssetDirectory, file), file.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript")
                : Results.NotFound());

        return endpoints.Map(pattern, context => HandleAsync(context, pattern, assetsPath));
    }

    private static async Task HandleAsync(HttpContext context, string pattern, string assetsPath)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, POST";
            return;
        }

        var accept = request.Headers.Accept.ToString();
        if (HttpMethods.IsGet(request.Method) && options.EnableGraphiQL && AcceptNegotiator.PrefersHtml(accept) && !request.Query.ContainsKey("query"))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var nonce = GraphiQLPage.NewNonce();
            context.Response.Headers.ContentSecurityPolicy = GraphiQLPage.ContentSecurityPolicy(nonce);
            await context.Response.WriteAsync(GraphiQLPage.Render(options.Title, pattern, assetsPath, nonce, options.GraphiQLDefaultQuery), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var mediaType = AcceptNegotiator.Choose(accept);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteAsync(context.Response, StatusCodes.Status406NotAcceptable, GraphQLMediaType.Json,
                GraphQLResponseWriter.Error("Accept must allow application/graphql-response+json or application/json.", HttpErrorCodes.NotAcceptable)).ConfigureAwait(false);
            return;
        }

        var read = await GraphQLRequestReader.ReadAsync(request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (read.Request is null)
        {
            await GraphQLResponseWriter.WriteAsync(context.Response, read.StatusCode, mediaType.Value,
                GraphQLResponseWriter.Error(read.Error!, HttpErrorCodes.BadRequest)).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(context, read.Request, mediaType.Value, options).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest request, GraphQLMediaType mediaType, GraphQLHttpOptions options)
    {
        var handler = context.RequestServices.GetRequiredService<IGraphQLRequestHandler>();
        using var timeout = new CancellationTokenSource(options.ExecutionTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, timeout.Token);
        GraphQLOutcome outcome;
        try
        {
            outcome = await handler.HandleAsync(request, context, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await GraphQLResponseWriter.WriteAsync(context.Response, StatusCodes.Status408RequestTimeout, mediaType,
                GraphQLResponseWriter.Error("The operation took too long and was stopped.", HttpErrorCodes.Timeout)).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away; nobody to answer
        }

        if (outcome.Kind == GraphQLOutcomeKind.MutationOverGet)
        {
            context.Response.Headers.Allow = "POST";
        }

        await GraphQLResponseWriter.WriteAsync(context.Response, GraphQLStatusPolicy.StatusCode(outcome.Kind, mediaType), mediaType, outcome.WriteBody)
            .ConfigureAwait(false);
    }
}
