using System.CommandLine;
using Observatory.Cli.Hosting;
using Observatory.Cli.Ingest;
using Observatory.Core.Home;
using Observatory.Etl.Jobs;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory ingest PATH... [--source NAME] [--json] [--home DIR]</c>: lands, validates,
/// quarantines and loads publisher files into the lake. Progress and messages go to stderr; the
/// summary table to stdout, or with <c>--json</c> exactly one JSON document to stdout. Exit 0
/// when every file is loaded or unchanged, 1 when a file is rejected or another writer holds the
/// data home, 2 on a usage error.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var paths = new Argument<string[]>("chemins")
        {
            Description = "Fichiers ou dossiers à intégrer (CSV, XLSX).",
            Arity = ArgumentArity.OneOrMore,
        };
        var source = new Option<string?>("--source")
        {
            Description = "Force la source (identifiant de contrat, ex. bmo) au lieu de la détecter.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Écrit le bilan de l'exécution en un seul document JSON sur la sortie standard.",
        };
        var command = new Command("ingest", "Intègre des fichiers sources : dépôt brut, validation, quarantaine, lac Parquet.")
        {
            paths,
            source,
            json,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(source),
            parse.GetValue(json),
            DataHome.Resolve(parse.GetValue(homeOption)),
            console));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string? source, bool json, DataHome home, CliConsole console)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            console.Error.WriteLine($"Fichier ou dossier introuvable : {string.Join(", ", missing)}.");
            return ExitCodes.Usage;
        }

        IngestReport report;
        try
        {
            report = IngestProgressView.Run(console, observer => IngestRunner.Run(paths, new IngestOptions
            {
                Home = home,
                ForcedSource = source,
                Observer = observer,
            }));
        }
        catch (WriterLockedException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        catch (ArgumentException) when (source is not null)
        {
            console.Error.WriteLine($"Source inconnue : « {source} ». Voir schemas/sources/*.yaml pour les identifiants.");
            return ExitCodes.Usage;
        }

        IngestSummary.Print(report, console, json);
        return report.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
