using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Observatory.Api;
using Observatory.Cli.Hosting;
using Observatory.Core.Home;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory serve [--urls http://127.0.0.1:5080] [--home DIR]</c>: serves the published warehouse (GraphQL API,
/// GraphiQL, exports, dashboard, <c>/health</c>) until Ctrl+C or SIGTERM. Picks up a new publish without restart.
/// Prints the URLs once listening. Exit 0 after a clean stop, 1 when it cannot listen.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Adresse(s) d'écoute, séparées par « ; » (par défaut http://127.0.0.1:5080).",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Sert l'API GraphQL, les exports et le tableau de bord de l'entrepôt publié.")
        {
            urls,
        };
        command.SetAction((parse, cancellation) =>
            RunAsync(DataHome.Resolve(parse.GetValue(homeOption)), parse.GetValue(urls)!, console, cancellation));
        return command;
    }

    internal static async Task<int> RunAsync(DataHome home, string urls, CliConsole console, CancellationToken cancellation)
    {
        var app = ApiApplication.Build([], builder =>
        {
            builder.WebHost.UseUrls(urls);
            // a port already in use is reported below in one French sentence, not as the host's stack trace
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
            builder.Configuration[ApiApplication.HomeSetting] = home.Root;
        });
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                console.Error.WriteLine($"Impossible d'écouter sur {urls} : {ex.Message} Choisissez une autre adresse avec --urls.");
                return ExitCodes.Failed;
            }

            if (home.TryGetPublishedWarehouse(out var problem) is null)
            {
                console.Error.WriteLine($"Attention : {problem} En attendant, /health répond 503.");
            }

            PrintUrls(ApiApplication.ListeningUrls(app), home, console);
            try
            {
                await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            console.Out.WriteLine("Serveur arrêté.");
            return ExitCodes.Ok;
        }
    }

    internal static void PrintUrls(IReadOnlyList<string> addresses, DataHome home, CliConsole console)
    {
        console.Out.WriteLine($"Observatory sert l'entrepôt de {home.Root}");
        foreach (var address in addresses)
        {
            var root = address.TrimEnd('/');
            console.Out.WriteLine($"  Tableau de bord : {root}/");
            console.Out.WriteLine($"  API GraphQL (GraphiQL) : {root}/graphql");
            console.Out.WriteLine($"  Export CSV : {root}/export/observations.csv");
            console.Out.WriteLine($"  État : {root}/health");
        }

        console.Out.WriteLine("Ctrl+C pour arrêter.");
        console.Out.Flush();
    }
}
