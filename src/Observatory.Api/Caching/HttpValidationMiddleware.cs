using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Observatory.Api.Schema;
using Observatory.GraphQL.Errors;

namespace Observatory.Api.Caching;

/// <summary>
/// HTTP validation for GET requests to the GraphQL endpoint (persisted queries included). A published edition never
/// changes, so an anonymous GET answered with data and no errors carries an <c>ETag</c> made of the edition and the
/// request (path, query string, accepted media type) and <c>Cache-Control: public, no-cache</c> (store, but revalidate:
/// the next edition may be published at any time); a repeated GET with that <c>If-None-Match</c> on the same edition is
/// answered <c>304</c> without running the query, and a new edition changes the tag. Responses with errors (a persisted
/// query not yet registered…) get no tag. An analyst's responses (API key) are <c>private, no-store</c>: they may hold
/// values hidden from the public.
/// </summary>
internal sealed class HttpValidationMiddleware(PathString path)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var scope = RequestScope.Of(context);
        if (scope.AnalystDepartment is not null)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
            return;
        }

        string edition;
        try
        {
            edition = scope.Lease.Edition.RunId;
        }
        catch (GraphQLException)
        {
            await next(context).ConfigureAwait(false); // nothing published: the endpoint reports it
            return;
        }

        var tag = Tag(edition, context.Request);
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = "public, no-cache";
            return;
        }

        var body = await BufferedResponse.RunAsync(context, next).ConfigureAwait(false);
        if (context.Response.StatusCode == StatusCodes.Status200OK && BufferedResponse.IsDataWithoutErrors(body))
        {
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = "public, no-cache";
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A strong tag: the edition's run id and a hash of what selects the response.</summary>
    private static string Tag(string edition, HttpRequest request)
    {
        var selector = $"{request.Path}{request.QueryString}\n{request.Headers.Accept}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(selector)))[..32];
        return $"\"{edition}-{hash}\"";
    }
}
