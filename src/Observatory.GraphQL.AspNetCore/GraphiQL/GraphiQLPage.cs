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

    public static string Render(string title, string endpoint, string assetsPath) => Template.Value
        .Replace("{{TITLE}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
        .Replace("{{ENDPOINT}}", endpoint.Replace("'", "\\'", StringComparison.Ordinal), StringComparison.Ordinal)
        .Replace("{{ASSETS}}", assetsPath, StringComparison.Ordinal);

    private static string LoadTemplate()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Observatory.GraphQL.AspNetCore.graphiql.html")
            ?? throw new InvalidOperationException("The embedded GraphiQL page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
