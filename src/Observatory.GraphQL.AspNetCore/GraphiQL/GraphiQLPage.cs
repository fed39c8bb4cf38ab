using System.Net;
using System.Reflection;

namespace Observatory.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// The GraphiQL page, served offline: its HTML is embedded in this assembly and its scripts
/// (GraphiQL 3.9.0 and React 18.3.1 UMD builds, installed from the pinned npm lockfile at build
/// time) sit beside the binaries in <c>graphiql/</c>.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>The asset files the page loads, the only names the asset route serves.</summary>
    public static readonly IReadOnlySet<string> AssetNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "graphiql.min.js",
        "graphiql.min.css",
        "react.production.min.js",
        "react-dom.production.min.js",
    };

    private static readonly Lazy<string> Template = new(LoadTemplate);

    public static string AssetDirectory => Path.Combine(AppContext.BaseDirectory, "graphiql");

    /// <summary>The page, its inline script and style allowed by <paramref name="nonce"/> (see <see cref="ContentSecurityPolicy"/>).</summary>
    /// <param name="title">The page title.</param>
    /// <param name="endpoint">The GraphQL endpoint's path.</param>
    /// <param name="assetsPath">Where the page's scripts and styles are served.</param>
    /// <param name="nonce">The nonce of the inline script and style.</param>
    /// <param name="defaultQuery">The document the editor opens with; null for GraphiQL's own.</param>
    public static string Render(string title, string endpoint, string assetsPath, string nonce, string? defaultQuery = null) => Template.Value
        .Replace("{{NONCE}}", nonce, StringComparison.Ordinal)
        // a JSON string literal, with < escaped so that no "</script>" can end the script early
        .Replace("{{DEFAULT_QUERY}}", defaultQuery is null ? "undefined" : System.Text.Json.JsonSerializer.Serialize(defaultQuery), StringComparison.Ordinal)
        .Replace("{{TITLE}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
        .Replace("{{ENDPOINT}}", endpoint.Replace("'", "\\'", StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{{ASSETS}}", assetsPath, StringComparison.Ordinal);

    /// <summary>A fresh nonce for one page.</summary>
    public static string NewNonce() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The page's Content-Security-Policy: scripts and styles from this server plus the page's own inline script and
    /// style (by nonce; GraphiQL's components also set style attributes), requests to this server only, no framing.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static string LoadTemplate()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Observatory.GraphQL.AspNetCore.graphiql.html")
            ?? throw new InvalidOperationException("The embedded GraphiQL page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
