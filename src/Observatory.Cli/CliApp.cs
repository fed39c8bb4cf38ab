using System.CommandLine;
using Observatory.Core.Home;
using Observatory.Cli.Commands;
using Observatory.Cli.Hosting;

namespace Observatory.Cli;

/// <summary>Builds the <c>observatory</c> command tree. Only verbs that work are registered.</summary>
internal static class CliApp
{
    public static int Run(string[] args) => Run(args, CliConsole.System);

    public static int Run(string[] args, CliConsole console)
    {
        // the analyst's language: System.CommandLine's own messages (usage errors, help) in French too
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var home = new Option<string?>("--home")
        {
            Description = "Dossier de données (par défaut : $OBSERVATORY_HOME, sinon ./data).",
            Recursive = true,
        };
        var root = new RootCommand("Observatory : entrepôt de données et API des tensions de recrutement des métiers du soin et de l'accompagnement.")
        {
            home,
        };
        root.Subcommands.Add(SampleDataCommand.Create(console));
        root.Subcommands.Add(SqlCommand.Create(home, console));
        root.Subcommands.Add(IngestCommand.Create(home, console));
        root.Subcommands.Add(BuildCommand.Create(home, console));
        root.Subcommands.Add(ReportCommand.Create(home, console));
        root.Subcommands.Add(ServeCommand.Create(home, console));
        root.Subcommands.Add(DemoCommand.Create(home, console));
        root.Subcommands.Add(StatusCommand.Create(home, console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            if (Suggestion(parse.UnmatchedTokens, root.Subcommands.Select(c => c.Name)) is { } verb)
            {
                console.Error.WriteLine($"Vouliez-vous dire « observatory {verb} » ?");
            }

            console.Error.WriteLine("Voir « observatory --help ».");
            return ExitCodes.Usage;
        }

        // everything the observatory writes is private to its owner; a home others can read is reported
        PrivateFiles.Apply();
        if (parse.CommandResult.Command is not RootCommand && parse.CommandResult.Command.Name != "sample-data"
            && PrivateFiles.WarningFor(DataHome.Resolve(parse.GetValue(home)).Root) is { } warning)
        {
            console.Error.WriteLine(warning);
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    /// <summary>The verb an unrecognised first token most likely meant (at most two edits away), if any.</summary>
    internal static string? Suggestion(IReadOnlyList<string> unmatched, IEnumerable<string> verbs)
    {
        if (unmatched.Count == 0 || unmatched[0].StartsWith('-'))
        {
            return null;
        }

        var typed = unmatched[0];
        return verbs.Select(v => (Verb: v, Distance: Distance(typed, v))).Where(p => p.Distance <= 2)
            .OrderBy(p => p.Distance).Select(p => p.Verb).FirstOrDefault();
    }

    /// <summary>Levenshtein distance between two short words.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
