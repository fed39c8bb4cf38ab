using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Observatory.Cli.Hosting;
using Observatory.Core.Home;
using Observatory.Core.Values;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Disclosure;
using Observatory.Warehouse.Models;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory build [--json] [--home DIR]</c>: runs the SQL models into a new DuckDB file, then the
/// data tests, then publishes it by swapping <c>warehouse/current</c>. Progress per model on stderr; the
/// summary on stdout (one JSON document with <c>--json</c>). Exit 0 when published, 1 when a model or a
/// blocking test failed (nothing published) or another writer holds the data home.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Écrit le bilan de la construction en un seul document JSON sur la sortie standard.",
        };
        var command = new Command("build", "Construit l'entrepôt (modèles SQL, tests de données) et le publie si tout passe.")
        {
            json,
        };
        command.SetAction(parse => Run(DataHome.Resolve(parse.GetValue(homeOption)), parse.GetValue(json), console));
        return command;
    }

    internal static int Run(DataHome home, bool json, CliConsole console)
    {
        BuildReport report;
        try
        {
            report = WarehouseBuilder.Run(new BuildOptions { Home = home, Observer = new Progress(console.Error) });
        }
        catch (Exception ex) when (ex is WriterLockedException or ModelCatalogException or DirectoryNotFoundException or InvalidDataException)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }

        foreach (var failure in report.Failures)
        {
            console.Error.WriteLine((failure.Blocking ? "ÉCHEC " : "avertissement ") + failure);
        }

        if (report.Error is not null)
        {
            console.Error.WriteLine($"Construction interrompue : {report.Error}");
        }

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                run_id = report.RunId,
                published = report.Published,
                build = report.Published ? report.BuildPath : null,
                models = report.Models,
                tests_run = report.TestsRun,
                failures = report.Failures.Select(f => new { model = f.Model, test = f.Test, rows = f.OffendingRows, blocking = f.Blocking }),
                error = report.Error,
                source_rows = report.SourceRows,
                disclosure = new
                {
                    cells = report.Disclosure.Cells,
                    hidden = report.Disclosure.Hidden,
                    hidden_share = Math.Round(report.Disclosure.HiddenShare, 4),
                    outcomes = report.Disclosure.Outcomes.ToDictionary(o => o.Outcome, o => o.Cells),
                    audit = report.DisclosureAudit is { } audit
                        ? new
                        {
                            passed = audit.Passed,
                            hidden_numbers = audit.Anonymous.HiddenNumbers,
                            equations = audit.Anonymous.Equations,
                            analysts = audit.Analysts.Count,
                            recovered = audit.AllRecovered().Count(),
                            elapsed_seconds = Math.Round(audit.Elapsed.TotalSeconds, 3),
                        }
                        : null,
                },
                elapsed_seconds = Math.Round(report.Elapsed.TotalSeconds, 3),
            }));
        }
        else
        {
            if (report.Disclosure.Cells > 0)
            {
                console.Out.WriteLine(DisclosureLine(report.Disclosure));
            }

            if (report.DisclosureAudit is { } audit)
            {
                var recovered = audit.AllRecovered().Count();
                console.Out.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                    $"Audit du secret : {audit.Anonymous.HiddenNumbers:N0} nombres masqués attaqués ({audit.Anonymous.Equations:N0} équations), par un lecteur anonyme et par l'analyste de chacun des {audit.Analysts.Count} départements : {recovered:N0} retrouvé(s) ({audit.Elapsed.TotalSeconds:0.0} s)."));
            }

            console.Out.WriteLine(report.Published
                ? string.Create(CultureInfo.InvariantCulture, $"Entrepôt publié : {report.BuildPath} ({report.Models} modèles, {report.TestsRun} tests, {report.Elapsed.TotalSeconds:0.0} s).")
                : $"Rien n'a été publié : l'entrepôt précédent reste servi (exécution {report.RunId}).");
        }

        return report.Published ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>« Secret statistique : 3 684 cellules masquées sur 33 185 (11,1 %) — fréquence 1 285, … ».</summary>
    private static string DisclosureLine(DisclosureSummary summary)
    {
        var culture = CultureInfo.GetCultureInfo("fr-FR");
        var reasons = summary.Outcomes.Where(o => o.Outcome != "shown")
            .Select(o => string.Create(culture, $"{DisclosureReasons.Label(o.Outcome)} {o.Cells:N0}"));
        return string.Create(culture,
            $"Secret statistique : {summary.Hidden:N0} cellules masquées sur {summary.Cells:N0} ({summary.HiddenShare:P1}) — {string.Join(", ", reasons)}.");
    }

    private sealed class Progress(TextWriter error) : IBuildObserver
    {
        public void StepStarted(string step) => error.WriteLine($"— {step}");

        public void ModelStarted(string model, int index, int total) => error.Write($"  [{index}/{total}] {model}");

        public void ModelFinished(string model, TimeSpan elapsed) =>
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $" ({elapsed.TotalMilliseconds:0} ms)"));

        public void TestsFinished(int run, int failed) => error.WriteLine($"  {run} tests, {failed} en échec");
    }
}
