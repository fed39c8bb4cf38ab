using System.CommandLine;
using System.Globalization;
using Observatory.Cli.Hosting;
using Observatory.Cli.Output;
using Observatory.SampleData;

namespace Observatory.Cli.Commands;

/// <summary>
/// <c>observatory sample-data [--departments 01,40,…|--national] [--extraits-departementaux] [--years 2019-2025] [--seed N]
/// [--with-defects] --out DIR</c>: writes deterministic sample files in each publisher's own
/// format (same options and seed → byte-identical files) and a <c>manifest.json</c>. BMO, France Travail and DREES files
/// cover all of France unless <c>--extraits-departementaux</c> limits them to the chosen departments.
/// </summary>
internal static class SampleDataCommand
{
    public static Command Create(CliConsole console)
    {
        var departments = new Option<string?>("--departments")
        {
            Description = "Départements, codes COG séparés par des virgules (par défaut : l'Ain, les Landes et les autres départements de leurs régions).",
        };
        var national = new Option<bool>("--national") { Description = "Tous les départements de France." };
        var departmental = DepartmentalExtractsOption();
        var years = new Option<string>("--years")
        {
            Description = "Millésimes, « 2019-2025 » ou « 2024 ».",
            DefaultValueFactory = _ => "2019-2025",
        };
        var seed = new Option<int>("--seed") { Description = "Graine du générateur.", DefaultValueFactory = _ => 42 };
        var defects = new Option<bool>("--with-defects") { Description = "Ajoute des fichiers et des lignes défectueux, décrits dans le manifeste." };
        var output = new Option<string>("--out") { Description = "Dossier de sortie.", Required = true };

        var command = new Command("sample-data", "Génère des fichiers d'exemple au format de chaque producteur.")
        {
            departments, national, departmental, years, seed, defects, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(national) && !string.IsNullOrWhiteSpace(result.GetValue(departments)))
            {
                result.AddError("--departments et --national sont incompatibles.");
            }

            if (result.GetValue(national) && result.GetValue(departmental))
            {
                result.AddError("--national et --extraits-departementaux sont incompatibles : un échantillon national contient les fichiers nationaux entiers.");
            }

            var yearsText = result.GetValue(years);
            if (!string.IsNullOrEmpty(yearsText) && !TryParseYears(yearsText, out _, out _))
            {
                result.AddError($"--years attend « 2019-2025 » ou « 2024 », reçu « {result.GetValue(years)} ».");
            }
        });
        command.SetAction(parse =>
        {
            if (!TryParseYears(parse.GetValue(years) ?? "2019-2025", out var first, out var last))
            {
                return ExitCodes.Usage;
            }

            var options = new SampleDataOptions
            {
                Departments = (parse.GetValue(departments) ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                National = parse.GetValue(national),
                NationalSourcesWhole = !parse.GetValue(departmental),
                FirstYear = first,
                LastYear = last,
                Seed = parse.GetValue(seed),
                WithDefects = parse.GetValue(defects),
                OutputDirectory = Path.GetFullPath(parse.GetValue(output)!),
            };
            return Run(options, console);
        });
        return command;
    }

    /// <summary><c>--extraits-departementaux</c>, shared with <c>demo</c>.</summary>
    internal static Option<bool> DepartmentalExtractsOption() => new("--extraits-departementaux")
    {
        Description = "Limite les fichiers BMO, France Travail et DREES aux départements choisis (et à leurs régions), comme les "
            + "extractions propres d'un département ; par défaut, ces fichiers couvrent toute la France comme les diffusent leurs producteurs.",
    };

    internal static int Run(SampleDataOptions options, CliConsole console)
    {
        SampleDataManifest manifest;
        try
        {
            manifest = new ProgressDisplay(console).Run("Génération", progress =>
                SampleDataGenerator.Generate(options, new Progress(progress)));
        }
        catch (ArgumentException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"Écriture impossible dans {options.OutputDirectory} : {ex.Message}");
            return ExitCodes.Failed;
        }

        SampleDataSummary.Write(manifest, options.OutputDirectory, console.Out);
        return ExitCodes.Ok;
    }

    internal static bool TryParseYears(string text, out int first, out int last)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        first = last = 0;
        return parts.Length switch
        {
            1 => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first) && (last = first) > 0,
            2 => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
                 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
                 && first <= last,
            _ => false,
        };
    }

    private sealed class Progress(IProgress<(int Done, int Total, string Item)> inner) : IProgress<SampleDataProgress>
    {
        public void Report(SampleDataProgress value) => inner.Report((value.FilesWritten, value.TotalFiles, value.CurrentFile));
    }
}
