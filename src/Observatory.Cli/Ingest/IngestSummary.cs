using System.Globalization;
using System.Text;
using Observatory.Cli.Hosting;
using Observatory.Etl.Jobs;
using Spectre.Console;

namespace Observatory.Cli.Ingest;

/// <summary>
/// The end of an ingest: the summary table (per file source, vintage, rows read, accepted,
/// quarantined, status) on stdout, or on stderr when <c>--json</c> prints the one JSON document
/// on stdout; then the reason of each rejected file on stderr.
/// </summary>
internal static class IngestSummary
{
    public static void Print(IngestReport report, CliConsole console, bool json)
    {
        var tableWriter = json ? console.Error : console.Out;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(tableWriter),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = 160;
        RecoverySummary.Print(report.Recovery, console);
        ansi.Write(Table(report));
        foreach (var file in report.Files.Where(f => f.Status == IngestStatus.Rejected))
        {
            console.Error.WriteLine($"{Path.GetFileName(file.Path)} : rejeté ({file.Reason}) — {file.Message}");
        }

        var quarantined = report.Files.Where(f => f.QuarantineCsv is not null).ToList();
        foreach (var file in quarantined)
        {
            console.Error.WriteLine($"{Path.GetFileName(file.Path)} : {file.Quarantined} ligne(s) en quarantaine → {file.QuarantineCsv}");
        }

        console.Error.WriteLine($"Exécution {report.RunId} : manifeste {report.ManifestPath}");
        if (json)
        {
            using var buffer = new MemoryStream();
            RunManifestWriter.WriteJson(report, buffer, detailed: false);
            console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static Table Table(IngestReport report)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("fichier");
        table.AddColumn("source");
        table.AddColumn("millésime");
        table.AddColumn(new TableColumn("lues").RightAligned());
        table.AddColumn(new TableColumn("acceptées").RightAligned());
        table.AddColumn(new TableColumn("quarantaine").RightAligned());
        table.AddColumn("statut");
        foreach (var f in report.Files)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(f.Path)),
                Markup.Escape(f.Source ?? "?"),
                Markup.Escape(f.Vintage ?? "-"),
                Count(f.Read),
                Count(f.Accepted),
                Count(f.Quarantined),
                StatusLabel(f.Status));
        }

        return table;
    }

    /// <summary>The French word of a file's outcome for the analyst's table (the JSON and the manifest keep the codes).</summary>
    internal static string StatusLabel(IngestStatus status) => status switch
    {
        IngestStatus.Loaded => "chargé",
        IngestStatus.Unchanged => "inchangé (déjà chargé)",
        IngestStatus.Rejected => "rejeté",
        _ => status.ToString(),
    };

    private static string Count(long n) => n.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
