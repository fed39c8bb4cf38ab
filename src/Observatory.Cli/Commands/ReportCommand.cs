using System.CommandLine;
using System.Globalization;
using Observatory.Cli.Hosting;
using Observatory.Core.Home;
using Observatory.Reporting;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory report --year YYYY --territory DEP [--out FILE.pdf|FILE.html] [--build RUN] [--home DIR]</c>:
/// the annual publication of a department from one published build (read-only). Progress on stderr,
/// the written file on stdout. Exit 0 when written (also HTML-only without Chromium, with a warning),
/// 1 when the territory, the year or the build has no data (French message listing the available ones).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(Option<string?> homeOption, CliConsole console)
    {
        var year = new Option<int>("--year")
        {
            Description = "Année des données publiées (ex. 2025).",
            Required = true,
        };
        var territory = new Option<string>("--territory")
        {
            Description = "Code du département (ex. 40 pour les Landes, 01 pour l'Ain).",
            Required = true,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Fichier produit, .pdf ou .html (par défaut : rapport-<dep>-<année>.pdf).",
        };
        var build = new Option<string?>("--build")
        {
            Description = "Identifiant du build à utiliser (warehouse/builds/<RUN>.duckdb) au lieu du build publié.",
        };
        var command = new Command("report", "Produit la publication annuelle d'un département (PDF par Chromium, ou HTML).")
        {
            year,
            territory,
            output,
            build,
        };
        command.SetAction(parse => Run(
            new ReportOptions
            {
                Home = DataHome.Resolve(parse.GetValue(homeOption)),
                Year = parse.GetValue(year),
                Territory = parse.GetValue(territory)!,
                Output = parse.GetValue(output),
                Build = parse.GetValue(build),
            },
            console));
        return command;
    }

    internal static int Run(ReportOptions options, CliConsole console)
    {
        try
        {
            var result = ReportGenerator.Generate(options, line => console.Error.WriteLine(line));
            if (result.Warning is not null)
            {
                console.Error.WriteLine("Attention : " + result.Warning);
            }

            var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"));
            console.Error.WriteLine($"Rapport produit en {seconds} s à partir de {Path.GetFileName(result.BuildPath)}.");
            console.Out.WriteLine(result.OutputPath);
            return ExitCodes.Ok;
        }
        catch (ReportDataException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TimeoutException
            or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // writing the output, or Chromium / pdftotext failing: a message, never a stack trace
            console.Error.WriteLine($"Le rapport n'a pas pu être produit : {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
