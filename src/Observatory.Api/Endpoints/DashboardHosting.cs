using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Observatory.Api.Endpoints;

/// <summary>
/// Serves the web dashboard from the folder <c>dashboard/</c> beside this assembly (filled at build from
/// <c>dashboards/web/</c>); without an <c>index.html</c> there, <c>/</c> is a small French page linking to GraphiQL.
/// </summary>
internal static class DashboardHosting
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "dashboard");

    public static void Use(WebApplication app)
    {
        var folder = Directory;
        if (System.IO.Directory.Exists(folder))
        {
            var files = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            app.MapGet("/", () => Results.Content(FallbackPage, "text/html; charset=utf-8"));
        }
    }

    private const string FallbackPage = """
        <!doctype html>
        <html lang="fr">
        <head><meta charset="utf-8"><title>Observatoire des tensions de recrutement</title></head>
        <body>
        <h1>Observatoire des tensions de recrutement</h1>
        <p>Le tableau de bord web n'est pas installé dans cette version.</p>
        <ul>
        <li><a href="/graphql">Explorer l'API GraphQL (GraphiQL)</a></li>
        <li><a href="/health">État du service</a></li>
        <li><a href="/export/observations.csv">Exporter les observations (CSV)</a></li>
        </ul>
        </body>
        </html>
        """;
}
