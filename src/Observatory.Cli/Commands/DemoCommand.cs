using System.CommandLine;
using Observatory.Cli.Hosting;
using Observatory.Core.Home;
using Observatory.SampleData;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory demo [--home DIR] [--urls …] [--no-serve] [--reset] [--departments 01,40] [--extraits-departementaux] [--years 2019-2025]</c>: on an empty data home,
/// generates the sample files (into <c>&lt;home&gt;/incoming</c>), ingests them, builds and publishes the warehouse,
/// then serves it. A home that already holds data is refused, unless <c>--reset</c> and a previous demo created it
/// (marker file <c>.observatory-demo</c>). Exit 0 on success, 1 when a step fails or the home is not empty.
/// </summary>
internal static class DemoCommand
{
    public const string MarkerFileName = ".observatory-demo";

    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var urls = ServeCommand.UrlsOption();
        var noServe = new Option<bool>("--no-serve") { Description = "S'arrête après la construction, sans lancer le serveur." };
        var reset = new Option<bool>("--reset") { Description = "Efface d'abord le dossier d'une démo précédente (jamais un autre dossier)." };
        var departments = new Option<string?>("--departments")
        {
            Description = "Départements de l'exemple, ex. 01,40 (par défaut : l'Ain, les Landes et les départements de leurs régions).",
        };
        var departmental = SampleDataCommand.DepartmentalExtractsOption();
        var years = new Option<string?>("--years")
        {
            Description = "Années de l'exemple, ex. 2019-2025 (par défaut) ou 2023-2024.",
        };
        var command = new Command("demo", "Démonstration complète sur un dossier vide : données d'exemple, intégration, construction, puis serveur.")
        {
            urls,
            noServe,
            reset,
            departments,
            departmental,
            years,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(years) is { Length: > 0 } text && !SampleDataCommand.TryParseYears(text, out _, out _))
            {
                result.AddError($"--years attend « 2019-2025 » ou « 2024 », reçu « {text} ».");
            }
        });
        command.SetAction((parse, cancellation) =>
        {
            if (!SampleDataCommand.TryParseYears(parse.GetValue(years) ?? "2019-2025", out var first, out var last))
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            return RunAsync(
                DataHome.Resolve(parse.GetValue(homeOption)),
                new DemoOptions(parse.GetValue(urls)!, parse.GetValue(noServe), parse.GetValue(reset),
                    (parse.GetValue(departments) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    first,
                    last,
                    parse.GetValue(departmental)),
                console,
                cancellation);
        });
        return command;
    }

    internal sealed record DemoOptions(
        string Urls, bool NoServe, bool Reset, IReadOnlyList<string> Departments, int FirstYear = 2019, int LastYear = 2025,
        bool DepartmentalExtracts = false);

    internal static async Task<int> RunAsync(DataHome home, DemoOptions options, CliConsole console, CancellationToken cancellation)
    {
        if (!PrepareHome(home, options.Reset, console))
        {
            return ExitCodes.Failed;
        }

        var incoming = Path.Combine(home.Root, "incoming");
        console.Out.WriteLine($"Démonstration dans {home.Root}");
        console.Out.WriteLine("[1/3] Génération des données d'exemple…");
        var code = SampleDataCommand.Run(new SampleDataOptions
        {
            OutputDirectory = incoming,
            Departments = options.Departments,
            FirstYear = options.FirstYear,
            LastYear = options.LastYear,
            NationalSourcesWhole = !options.DepartmentalExtracts,
        }, console);
        if (code != ExitCodes.Ok)
        {
            return Failed(console, "la génération des données d'exemple");
        }

        console.Out.WriteLine("[2/3] Intégration des fichiers (contrôles, quarantaine, lac Parquet)…");
        code = IngestCommand.Run([incoming], null, false, home, console);
        if (code != ExitCodes.Ok)
        {
            return Failed(console, "l'intégration");
        }

        console.Out.WriteLine("[3/3] Construction et publication de l'entrepôt…");
        code = BuildCommand.Run(home, false, console);
        if (code != ExitCodes.Ok)
        {
            return Failed(console, "la construction");
        }

        if (options.NoServe)
        {
            console.Out.WriteLine($"Démonstration prête. Pour la servir : {CliInvocation.Command($"serve --home \"{home.Root}\"")}");
            return ExitCodes.Ok;
        }

        return await ServeCommand.RunAsync(home, options.Urls, console, cancellation).ConfigureAwait(false);
    }

    /// <summary>Checks the home is empty (or a previous demo to wipe with --reset) and marks it as a demo home.</summary>
    private static bool PrepareHome(DataHome home, bool reset, CliConsole console)
    {
        var marker = Path.Combine(home.Root, MarkerFileName);
        var holdsData = Directory.Exists(home.Root) && Directory.EnumerateFileSystemEntries(home.Root).Any();
        if (holdsData)
        {
            if (!reset)
            {
                console.Error.WriteLine(
                    $"Le dossier de données {home.Root} contient déjà des fichiers : la démonstration a besoin d'un dossier vide. "
                    + "Choisissez-en un autre avec --home DOSSIER"
                    + (File.Exists(marker) ? ", ou effacez la démonstration précédente avec --reset." : "."));
                return false;
            }

            if (!File.Exists(marker))
            {
                console.Error.WriteLine(
                    $"--reset refusé : {home.Root} n'a pas été créé par « observatory demo » (pas de fichier {MarkerFileName}). "
                    + "Rien n'a été effacé ; choisissez un dossier vide avec --home DOSSIER.");
                return false;
            }

            console.Out.WriteLine($"Effacement de la démonstration précédente dans {home.Root}…");
            Directory.Delete(home.Root, recursive: true);
        }

        Directory.CreateDirectory(home.Root);
        File.WriteAllText(marker, "Dossier créé par « observatory demo » ; « observatory demo --reset » peut l'effacer.\n");
        return true;
    }

    private static int Failed(CliConsole console, string step)
    {
        console.Error.WriteLine($"La démonstration s'est arrêtée pendant {step} (voir les messages ci-dessus).");
        return ExitCodes.Failed;
    }
}
