using Microsoft.AspNetCore.Http;

namespace Observatory.Api.Security;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer, no framing, and a Content-Security-Policy that allows
/// this server's own scripts, styles and requests only (the dashboard has no inline script; GraphiQL sets its own,
/// nonce-based policy before this one would apply).
/// </summary>
public static class SecurityHeaders
{
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = DefaultPolicy;
            }

            return Task.CompletedTask;
        }, context);
        return next();
    }
}
