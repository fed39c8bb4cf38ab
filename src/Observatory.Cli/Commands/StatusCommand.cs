using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Observatory.Cli.Hosting;
using Observatory.Core.Home;
using Observatory.Warehouse.Status;
using Spectre.Console;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory status [--json] [--home DIR]</c>: the sources and vintages of the lake with their
/// freshness and quarantine counts, the last ingest runs, and the published build (pointer, run, size,
/// kept builds), as French tables or one JSON document. On an empty home it says what to run next.
/// Never takes the writer lock. Exit 0, or 1 when the published build cannot be read.
/// </summary>
internal static class StatusCommand
{
    private const int ShownRuns = 10;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Écrit l'état en un seul document JSON sur la sortie standard.",
        };
        var command = new Command("status", "Affiche l'état du dossier de données : sources du lac, fraîcheur, exécutions, quarantaine, entrepôt publié.")
        {
            json,
        };
        command.SetAction(parse => Run(DataHome.Resolve(parse.GetValue(homeOption)), parse.GetValue(json), console));
        return command;
    }

    internal static int Run(DataHome home, bool json, CliConsole console)
    {
        var status = HomeStatusReader.Read(home);
        var hints = Hints(status);
        if (json)
        {
            var document = JsonSerializer.SerializeToNode(status, JsonOptions)!.AsObject();
            document["next_steps"] = new System.Text.Json.Nodes.JsonArray([.. hints.Select(h => System.Text.Json.Nodes.JsonValue.Create(h))]);
            console.Out.WriteLine(document.ToJsonString(JsonOptions));
        }
        else
        {
            Print(status, hints, console.Out);
        }

        if (status.BuildProblem is not null)
        {
            console.Error.WriteLine(status.BuildProblem);
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }

    private static List<string> Hints(HomeStatus status)
    {
        var hints = new List<string>();
        if (status.IsEmpty)
        {
            hints.Add("Le dossier de données est vide. Pour essayer : « observatory sample-data --out DIR », puis « observatory ingest DIR », puis « observatory build ».");
            hints.Add("Avec de vrais fichiers : déposez-les dans un dossier et lancez « observatory ingest DOSSIER », puis « observatory build ».");
            return hints;
        }

        if (status.Sources.Count == 0)
        {
            hints.Add("Le lac est vide : lancez « observatory ingest DOSSIER » avec les fichiers des sources.");
        }
        else if (status.Build is null && status.BuildProblem is null)
        {
            hints.Add("Aucun entrepôt publié : lancez « observatory build ».");
        }

        if (status.Build is { IsStale: true })
        {
            hints.Add("Des fichiers ont été chargés depuis la dernière publication : relancez « observatory build ».");
        }

        if (status.BuildProblem is not null)
        {
            hints.Add("Le pointeur warehouse/current est cassé : relancez « observatory build » pour publier un entrepôt complet.");
        }

        if (status.Sources.Any(s => s.RejectedFiles > 0 || s.QuarantinedRows > 0))
        {
            hints.Add("Des lignes ou des fichiers ont été mis en quarantaine : voir le dossier quarantine/ et les manifestes runs/*.json.");
        }

        return hints;
    }

    private static void Print(HomeStatus status, List<string> hints, TextWriter output)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = 160;
        output.WriteLine($"Dossier de données : {status.Home}");
        if (status.Sources.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources du lac");
            ansi.Write(StatusTables.Sources(status.Sources));
        }

        if (status.Runs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(status.Runs.Count > ShownRuns
                ? $"Dernières exécutions d'ingestion ({ShownRuns} sur {status.Runs.Count})"
                : "Exécutions d'ingestion");
            ansi.Write(StatusTables.Runs(status.Runs.Take(ShownRuns)));
        }

        output.WriteLine();
        if (status.Build is { } build)
        {
            output.WriteLine("Entrepôt publié");
            ansi.Write(StatusTables.Build(build));
        }
        else
        {
            output.WriteLine(status.BuildProblem ?? "Entrepôt publié : aucun.");
        }

        if (status.KeptBuilds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Constructions conservées ({status.KeptBuilds.Count})");
            ansi.Write(StatusTables.Kept(status.KeptBuilds));
        }

        foreach (var hint in hints)
        {
            output.WriteLine();
            output.WriteLine("→ " + hint);
        }
    }

    internal static string Count(long n) => n.ToString("N0", French);

    internal static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-";

    internal static string Days(double? days) => days is { } d ? d.ToString("0.0", French) : "-";

    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", French) + " Gio",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0", French) + " Mio",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.0", French) + " Kio",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " o",
    };

    internal static string Outcome(string outcome) => outcome switch
    {
        "succeeded" => "réussie",
        "partial" => "partielle",
        "failed" => "échouée",
        "empty" => "vide",
        "running" => "en cours",
        "interrupted" => "interrompue",
        _ => "illisible",
    };
    /// <summary>The French tables of the status.</summary>
    private static class StatusTables
    {
        public static Table Sources(IEnumerable<SourceStatus> sources)
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("source");
            table.AddColumn("millésimes");
            table.AddColumn(new TableColumn("partitions").RightAligned());
            table.AddColumn(new TableColumn("fichiers").RightAligned());
            table.AddColumn(new TableColumn("lignes").RightAligned());
            table.AddColumn("dernier chargement");
            table.AddColumn(new TableColumn("âge (jours)").RightAligned());
            table.AddColumn(new TableColumn("quarantaine (lignes)").RightAligned());
            table.AddColumn(new TableColumn("fichiers rejetés").RightAligned());
            foreach (var s in sources)
            {
                table.AddRow(
                    Markup.Escape(s.Source),
                    Markup.Escape(Vintages(s.Vintages)),
                    Count(s.Partitions),
                    Count(s.LoadedFiles),
                    Count(s.LakeRows),
                    Time(s.LastLoadedAt),
                    Days(s.AgeDays),
                    Count(s.QuarantinedRows),
                    Count(s.RejectedFiles));
            }

            return table;
        }

        public static Table Runs(IEnumerable<RunStatus> runs)
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("exécution");
            table.AddColumn("début");
            table.AddColumn(new TableColumn("fichiers").RightAligned());
            table.AddColumn(new TableColumn("lues").RightAligned());
            table.AddColumn(new TableColumn("acceptées").RightAligned());
            table.AddColumn(new TableColumn("quarantaine").RightAligned());
            table.AddColumn("statut");
            foreach (var r in runs)
            {
                table.AddRow(
                    Markup.Escape(r.RunId),
                    Time(r.StartedAt),
                    Markup.Escape($"{r.Files} ({r.LoadedFiles} chargés, {r.UnchangedFiles} inchangés, {r.RejectedFiles} rejetés)"),
                    Count(r.RowsRead),
                    Count(r.RowsAccepted),
                    Count(r.RowsQuarantined),
                    Outcome(r.Outcome));
            }

            return table;
        }

        public static Table Build(PublishedBuildStatus build)
        {
            var table = new Table().Border(TableBorder.Simple).HideHeaders();
            table.AddColumn("clé");
            table.AddColumn("valeur");
            table.AddRow("pointeur (warehouse/current)", Markup.Escape(build.Pointer));
            table.AddRow("fichier", Markup.Escape(build.Path));
            table.AddRow("exécution", Markup.Escape(build.RunId ?? "-"));
            table.AddRow("construit le", Time(build.BuiltAt));
            table.AddRow("taille", Size(build.SizeBytes));
            table.AddRow("DuckDB", Markup.Escape(build.DuckDbVersion ?? "-"));
            table.AddRow("à jour", build.IsStale ? "non : le lac a changé depuis" : "oui");
            return table;
        }

        public static Table Kept(IEnumerable<KeptBuild> builds)
        {
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("fichier");
            table.AddColumn(new TableColumn("taille").RightAligned());
            table.AddColumn("publié");
            foreach (var b in builds)
            {
                table.AddRow(Markup.Escape(b.FileName), Size(b.SizeBytes), b.IsCurrent ? "oui (courant)" : "");
            }

            return table;
        }

        private static string Vintages(IReadOnlyList<string> vintages) => vintages.Count switch
        {
            0 => "-",
            <= 3 => string.Join(", ", vintages),
            _ => $"{vintages[0]}–{vintages[^1]} ({vintages.Count})",
        };
    }
}
